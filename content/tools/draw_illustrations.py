#!/usr/bin/python3
"""Draws one flat "vector poster" illustration per catalogue item into content/images/<slug>.png.

Usage: /usr/bin/python3 content/tools/draw_illustrations.py [slug ...]

Needs Pillow (Debian: python3-pil). Each picture is 1200x800, drawn at twice the size and
scaled down for smooth edges, then reduced to a small palette so the PNG stays well under
150 KB. Drawing is seeded by the slug: a rerun gives the same pixels. An item's "art" dict
picks the scene and its parameters (see the catalogue modules). An item without one still
gets a picture: belfries get seeded parameters, other sites a generic landscape with their
name, events a confetti poster with their title.
"""
import math
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

sys.dont_write_bytecode = True
TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))

from catalogue import ITEMS  # noqa: E402

OUT = TOOLS.parent / "images"
W, H = 1200, 800
S = 2  # supersampling factor
FONT_BOLD = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"
FONT_REGULAR = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
PALETTE_COLOURS = 256


# --- colours -------------------------------------------------------------------------------

def rgb(c):
    if isinstance(c, tuple):
        return c
    c = c.lstrip("#")
    return tuple(int(c[i:i + 2], 16) for i in (0, 2, 4))


def mix(a, b, t):
    a, b = rgb(a), rgb(b)
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def darker(c, t=0.25):
    return mix(c, (0, 0, 0), t)


def lighter(c, t=0.25):
    return mix(c, (255, 255, 255), t)


SKIES = {
    # top, bottom, sun/moon colour (None: no disc), sun position (x, y, r), extras
    "clear_day": ("#3f8fd2", "#cbe9f6", "#fff3b8", (960, 150, 55), {}),
    "late_afternoon": ("#4f7fbf", "#f7d8a8", "#ffd27a", (180, 210, 60), {}),
    "soft_morning": ("#8fc1e4", "#f8e9d6", "#fff1c9", (1020, 190, 50), {}),
    "overcast": ("#7f8c99", "#cdd3d8", None, None, {"clouds": 7}),
    "overcast_bright": ("#9fb2c4", "#ebe6d9", "#f6f1de", (240, 170, 45), {"clouds": 5}),
    "sunset": ("#2d2f6b", "#f29a5f", "#ffd57a", (880, 520, 90), {"clouds": 2}),
    "breezy": ("#2f86cf", "#d3eef9", "#fff7c8", (180, 130, 45), {"clouds": 4}),
    "golden_hour": ("#3d6aa8", "#fbc987", "#ffe2a0", (1000, 430, 70), {"clouds": 2}),
    "blue_hour": ("#16224a", "#6f7fb9", "#f4f1d8", (1010, 140, 38), {"stars": 70}),
    "fresh_morning": ("#74bde6", "#eef7e4", "#fff6c4", (200, 160, 50), {"clouds": 3}),
    "sea_breeze": ("#2a80c2", "#dbf0f7", "#fff3b0", (1040, 120, 48), {"clouds": 3}),
    "north_sea": ("#55799e", "#dde3e6", "#f7f0d8", (230, 200, 42), {"clouds": 5}),
}


# --- drawing surface -----------------------------------------------------------------------

class Canvas:
    """A supersampled RGB image addressed in 1200x800 units."""

    def __init__(self, seed):
        self.img = Image.new("RGB", (W * S, H * S), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.rng = random.Random(seed)

    @staticmethod
    def _p(points):
        return [(x * S, y * S) for x, y in points]

    def rect(self, x0, y0, x1, y1, fill):
        self.d.rectangle([min(x0, x1) * S, min(y0, y1) * S, max(x0, x1) * S - 1,
                          max(y0, y1) * S - 1], fill=rgb(fill))

    def poly(self, points, fill):
        self.d.polygon(self._p(points), fill=rgb(fill))

    def line(self, points, fill, width):
        self.d.line(self._p(points), fill=rgb(fill), width=max(1, round(width * S)),
                    joint="curve")

    def ellipse(self, cx, cy, rx, ry, fill):
        self.d.ellipse([(cx - rx) * S, (cy - ry) * S, (cx + rx) * S, (cy + ry) * S],
                       fill=rgb(fill))

    def circle(self, cx, cy, r, fill):
        self.ellipse(cx, cy, r, r, fill)

    def ring(self, cx, cy, r, width, colour):
        self.d.ellipse([(cx - r) * S, (cy - r) * S, (cx + r) * S, (cy + r) * S],
                       outline=rgb(colour), width=round(width * S))

    def pie(self, cx, cy, r, start, end, fill):
        self.d.pieslice([(cx - r) * S, (cy - r) * S, (cx + r) * S, (cy + r) * S], start, end,
                        fill=rgb(fill))

    def arch(self, x0, y0, x1, y1, fill):
        """Round-headed opening: rectangle with a half-disc on top; y0 is the apex."""
        r = (x1 - x0) / 2
        self.ellipse(x0 + r, y0 + r, r, r, fill)
        self.rect(x0, y0 + r, x1, y1, fill)

    def lancet(self, x0, y0, x1, y1, fill):
        """Pointed (Gothic) opening; y0 is the apex."""
        w = x1 - x0
        spring = y0 + w * 0.9
        pts = [(x0, y1), (x0, spring)]
        for i in range(1, 10):
            t = i / 10
            pts.append((x0 + w * 0.5 * t, spring - w * 0.9 * math.sin(t * math.pi / 2)))
        pts += [(x0 + w / 2, y0)]
        for i in range(9, 0, -1):
            t = i / 10
            pts.append((x1 - w * 0.5 * t, spring - w * 0.9 * math.sin(t * math.pi / 2)))
        pts += [(x1, spring), (x1, y1)]
        self.poly(pts, fill)

    def text(self, xy, text, size, fill, anchor="mm", stroke=0, stroke_fill=None, bold=True):
        font = ImageFont.truetype(FONT_BOLD if bold else FONT_REGULAR, round(size * S))
        self.d.text((xy[0] * S, xy[1] * S), text, font=font, fill=rgb(fill), anchor=anchor,
                    stroke_width=round(stroke * S),
                    stroke_fill=rgb(stroke_fill) if stroke_fill else None)

    def text_width(self, text, size, bold=True):
        font = ImageFont.truetype(FONT_BOLD if bold else FONT_REGULAR, round(size * S))
        x0, _, x1, _ = self.d.textbbox((0, 0), text, font=font)
        return (x1 - x0) / S

    def fit_text(self, text, max_width, size):
        while size > 20 and self.text_width(text, size) > max_width:
            size -= 2
        return size

    def finish(self, path):
        small = self.img.resize((W, H), Image.LANCZOS)
        pal = small.quantize(colors=PALETTE_COLOURS, method=Image.Quantize.FASTOCTREE,
                             dither=Image.Dither.NONE)
        pal.save(path, optimize=True)
        return path.stat().st_size


# --- scenery -------------------------------------------------------------------------------

def sky(c, name, bands=20, horizon=H):
    top, bottom, disc, pos, extra = SKIES[name]
    band_h = horizon / bands
    for i in range(bands):
        c.rect(0, i * band_h, W, (i + 1) * band_h + 1, mix(top, bottom, i / (bands - 1)))
    for _ in range(extra.get("stars", 0)):
        x, y = c.rng.uniform(0, W), c.rng.uniform(0, horizon * 0.6)
        c.circle(x, y, c.rng.choice([1.2, 1.6, 2.2]), "#f5f1dc")
    if disc:
        x, y, r = pos
        c.circle(x, y, r * 1.45, mix(disc, mix(top, bottom, y / horizon), 0.55))
        c.circle(x, y, r, disc)
    for _ in range(extra.get("clouds", 0)):
        cloud(c, c.rng.uniform(60, W - 60), c.rng.uniform(70, horizon * 0.42),
              c.rng.uniform(0.7, 1.4), lighter(mix(top, bottom, 0.6), 0.55))


def cloud(c, x, y, scale, colour):
    parts = [(-60, 0, 48), (-10, -22, 56), (45, -6, 44), (85, 8, 30), (-95, 12, 28)]
    for dx, dy, r in parts:
        c.circle(x + dx * scale, y + dy * scale, r * scale, colour)
    c.rect(x - 95 * scale, y + 8 * scale, x + 82 * scale, y + 38 * scale, colour)


def hills(c, base, amplitude, colour, phase=0.0, waves=2.0):
    pts = [(0, H)]
    for i in range(0, 61):
        x = W * i / 60
        y = base - amplitude * (0.6 * math.sin(phase + waves * math.pi * x / W)
                                + 0.4 * math.sin(phase * 1.7 + 2.3 * waves * math.pi * x / W))
        pts.append((x, y))
    pts.append((W, H))
    c.poly(pts, colour)


def tree(c, x, ground, h, leaf, trunk="#6b4a2f"):
    c.rect(x - h * 0.06, ground - h * 0.45, x + h * 0.06, ground, trunk)
    c.circle(x, ground - h * 0.62, h * 0.34, leaf)
    c.circle(x - h * 0.18, ground - h * 0.5, h * 0.24, leaf)
    c.circle(x + h * 0.2, ground - h * 0.52, h * 0.25, darker(leaf, 0.08))


def terril(c, x, ground, w, h, colour):
    """A conical slag heap of the mining basin."""
    c.poly([(x - w / 2, ground), (x - w * 0.06, ground - h), (x + w * 0.06, ground - h),
            (x + w / 2, ground)], colour)
    c.poly([(x + w * 0.06, ground - h), (x + w / 2, ground), (x + w * 0.18, ground)],
           darker(colour, 0.12))


def pavement(c, y, colour, lines=None):
    c.rect(0, y, W, H, colour)
    if lines:
        for i in range(1, 6):
            yy = y + (H - y) * (i / 6) ** 1.6
            c.rect(0, yy, W, yy + 2, lines)


def people(c, ground, xs, colours, scale=1.0):
    for x, col in zip(xs, colours):
        h = 34 * scale * c.rng.uniform(0.9, 1.1)
        c.circle(x, ground - h, 5.5 * scale, "#3a2f2a")
        c.poly([(x - 7 * scale, ground), (x - 5 * scale, ground - h + 6 * scale),
                (x + 5 * scale, ground - h + 6 * scale), (x + 7 * scale, ground)], col)


# --- belfries ------------------------------------------------------------------------------

def window_column(c, x0, x1, y0, y1, fill, kind="arch", rows=1, gap=14):
    h = (y1 - y0 - gap * (rows - 1)) / rows
    for r in range(rows):
        top = y0 + r * (h + gap)
        (c.arch if kind == "arch" else c.lancet)(x0, top, x1, top + h, fill)


def bell_openings(c, x0, x1, y0, y1, n, dark, bell, kind="arch"):
    w = (x1 - x0) / (n * 1.6 + 0.6)
    for i in range(n):
        ox = x0 + w * 0.6 + i * w * 1.6
        (c.arch if kind == "arch" else c.lancet)(ox, y0, ox + w, y1, dark)
        by = y0 + (y1 - y0) * 0.55
        c.poly([(ox + w * 0.2, by + w * 0.55), (ox + w * 0.32, by), (ox + w * 0.68, by),
                (ox + w * 0.8, by + w * 0.55)], bell)
        c.circle(ox + w / 2, by, w * 0.18, bell)


def cornice(c, x0, x1, y, trim, depth=8):
    c.rect(x0 - depth, y - depth * 0.6, x1 + depth, y + depth * 0.6, trim)


def pinnacle(c, x, y_base, w, h, body, roof):
    c.rect(x - w / 2, y_base - h * 0.45, x + w / 2, y_base, body)
    c.poly([(x - w / 2 - 2, y_base - h * 0.45), (x, y_base - h), (x + w / 2 + 2, y_base - h * 0.45)],
           roof)


def onion(c, cx, y_base, w, h, colour):
    """Onion/bulb dome standing on y_base."""
    pts = []
    for i in range(0, 41):
        t = i / 40
        y = y_base - h * t
        bulge = math.sin(math.pi * min(1.0, t * 1.25)) ** 0.8 * (1 - t) ** 0.35
        half = w / 2 * (0.55 + 0.45 * bulge) * (1 - t) ** 0.55
        pts.append((cx - half, y))
    pts += [(cx + x_off, y) for (x_off, y) in [(cx - x, y) for (x, y) in reversed(pts)]]
    c.poly(pts, colour)


def lion(c, x, y, size, gold):
    """A small rampant lion, facing right, standing on y."""
    s = size
    c.poly([(x - s * 0.32, y - s * 0.1), (x - s * 0.14, y - s * 0.78), (x + s * 0.16, y - s * 0.72),
            (x + s * 0.06, y - s * 0.08)], gold)                               # body
    c.circle(x + s * 0.06, y - s * 0.86, s * 0.24, gold)                      # mane
    c.ellipse(x + s * 0.3, y - s * 0.84, s * 0.12, s * 0.08, gold)            # muzzle
    c.poly([(x - s * 0.3, y - s * 0.2), (x - s * 0.36, y), (x - s * 0.12, y),
            (x - s * 0.08, y - s * 0.2)], gold)                                # hind legs
    c.line([(x + s * 0.1, y - s * 0.62), (x + s * 0.42, y - s * 0.74)], gold, s * 0.1)
    c.line([(x + s * 0.08, y - s * 0.45), (x + s * 0.42, y - s * 0.46)], gold, s * 0.1)
    c.line([(x - s * 0.3, y - s * 0.3), (x - s * 0.52, y - s * 0.55), (x - s * 0.44, y - s * 0.9)],
           gold, s * 0.07)                                                     # tail
    c.circle(x - s * 0.44, y - s * 0.92, s * 0.08, gold)


def dragon(c, x, y, size, gold):
    s = size
    c.poly([(x - s, y), (x - s * 0.3, y - s * 0.35), (x + s * 0.4, y - s * 0.3),
            (x + s * 0.9, y - s * 0.6), (x + s * 0.75, y - s * 0.2), (x + s * 0.2, y + s * 0.05)],
           gold)
    c.poly([(x - s * 0.2, y - s * 0.3), (x + s * 0.1, y - s * 0.95), (x + s * 0.25, y - s * 0.3)],
           gold)


def flag_vane(c, x, y, size, colour):
    c.line([(x, y), (x, y - size)], "#3b3b3b", 2)
    c.poly([(x, y - size), (x + size * 0.6, y - size * 0.85), (x, y - size * 0.7)], colour)


def clock(c, cx, cy, r, face, rim):
    c.circle(cx, cy, r * 1.18, rim)
    c.circle(cx, cy, r, face)
    c.line([(cx, cy), (cx, cy - r * 0.72)], "#2b2b2b", max(2, r * 0.12))
    c.line([(cx, cy), (cx + r * 0.5, cy + r * 0.15)], "#2b2b2b", max(2, r * 0.12))


def draw_houses(c, style, ground, tower_x0, tower_x1, art, total):
    rng = c.rng
    stone = rgb(art["stone"])
    palettes = {
        "baroque": ["#e8d2a6", "#d9b99b", "#c9d3c4", "#e6c7b8", "#d8cfb4", "#f0dfb9"],
        "art_deco_square": ["#e9d8b4", "#cfd8d3", "#e4c1a4", "#d6cfe0", "#f1e3c6"],
        "flemish_gables": ["#c9743f", "#d9b06a", "#b9553a", "#e0c386", "#a8583a"],
        "neo_flemish": ["#b0463a", "#c0583f", "#a4453a"],
    }
    if style in ("baroque", "art_deco_square", "flemish_gables"):
        cols = palettes[style]
        for side in (-1, 1):
            x = tower_x0 - 4 if side < 0 else tower_x1 + 4
            i = 0
            while (x > -120) if side < 0 else (x < W + 120):
                w = rng.uniform(78, 104)
                h = total * rng.uniform(0.27, 0.36)
                x0, x1 = (x - w, x) if side < 0 else (x, x + w)
                col = cols[i % len(cols)]
                house(c, style, x0, x1, ground, h, col)
                x = x0 - 2 if side < 0 else x1 + 2
                i += 1
    elif style == "town_hall":
        # Lille: long brick town hall wing with a stepped gable at the end.
        brick = "#b5533c"
        c.rect(80, ground - 190, tower_x0 + 4, ground, brick)
        for i in range(7):
            x = 110 + i * 62
            if x + 30 < tower_x0:
                c.rect(x, ground - 160, x + 30, ground - 105, "#f3d9a0")
                c.rect(x, ground - 80, x + 30, ground - 20, "#6d3b2e")
        c.rect(80, ground - 198, tower_x0 + 4, ground - 188, "#e8dcc2")
        steps = [(0, 190), (18, 222), (36, 250), (54, 276), (72, 300)]
        for dx, hh in steps:
            c.rect(40 + dx, ground - hh, 150 - dx, ground, brick)
        c.rect(tower_x1 - 4, ground - 170, W - 60, ground, darker(brick, 0.08))
        for i in range(6):
            x = tower_x1 + 30 + i * 62
            if x + 30 < W - 70:
                c.rect(x, ground - 140, x + 30, ground - 90, "#f3d9a0")
    elif style == "town_hall_gothic":
        # Douai: Gothic town hall with tall pointed windows and a steep slate roof.
        body = mix(stone, "#9a8f7a", 0.3)
        for x0, x1 in ((40, tower_x0 + 2), (tower_x1 - 2, W - 40)):
            c.rect(x0, ground - 170, x1, ground, body)
            c.poly([(x0 - 6, ground - 170), (x0 + 40, ground - 250), (x1 - 40, ground - 250),
                    (x1 + 6, ground - 170)], art["roof"])
            n = int((x1 - x0 - 40) // 70)
            for i in range(n):
                wx = x0 + 35 + i * 70
                c.lancet(wx, ground - 150, wx + 28, ground - 60, "#3d4a5c")
                c.poly([(wx - 4, ground - 250 + 30), (wx + 14, ground - 250 + 2),
                        (wx + 32, ground - 250 + 30)], darker(art["roof"], 0.1))
    elif style == "neo_flemish":
        brick = "#b0463a"
        c.rect(tower_x1 - 4, ground - 200, W - 30, ground, brick)
        for i in range(5):
            x = tower_x1 + 40 + i * 90
            if x + 40 < W - 40:
                c.arch(x, ground - 170, x + 40, ground - 100, "#f0e4cc")
                c.arch(x + 4, ground - 164, x + 36, ground - 104, "#5b6f8a")
        # stepped gables along the roofline
        for i in range(3):
            gx = tower_x1 + 60 + i * 150
            for dx, hh in [(0, 0), (14, 26), (28, 50), (42, 70)]:
                c.rect(gx + dx, ground - 200 - hh, gx + 110 - dx, ground - 196, brick)
        c.rect(30, ground - 120, tower_x0 + 4, ground, darker(brick, 0.06))
        # flowerbeds in front of the town hall
        for i in range(14):
            x = 40 + i * 82
            c.ellipse(x, ground + 30, 36, 12, ["#e84f6d", "#f4b73e", "#9d5cc8"][i % 3])
            c.ellipse(x, ground + 38, 40, 8, "#3f8a4a")
    elif style == "church":
        # Dunkirk: the belfry stands apart from the church of Saint-Éloi across the street.
        body = "#cdb98b"
        x0, x1 = tower_x1 + 90, tower_x1 + 430
        c.rect(x0, ground - 230, x1, ground, body)
        c.poly([(x0 - 10, ground - 230), ((x0 + x1) / 2, ground - 330), (x1 + 10, ground - 230)],
               body)
        c.lancet((x0 + x1) / 2 - 60, ground - 300, (x0 + x1) / 2 + 60, ground - 90, "#4b5d78")
        c.circle((x0 + x1) / 2, ground - 250, 26, "#e5d5a9")
        c.circle((x0 + x1) / 2, ground - 250, 18, "#4b5d78")
        for px in (x0, x1):
            pinnacle(c, px, ground - 230, 22, 120, body, art["roof"])
        c.arch((x0 + x1) / 2 - 30, ground - 80, (x0 + x1) / 2 + 30, ground, "#5a4632")
        c.rect(0, ground - 130, tower_x0 - 60, ground, "#c6b79a")
        for i in range(4):
            c.rect(20 + i * 80, ground - 100, 50 + i * 80, ground - 60, "#f1e5c8")


def house(c, style, x0, x1, ground, h, col):
    w = x1 - x0
    top = ground - h
    if style == "baroque":
        # Arras: arcaded ground floor and a curved "volute" gable.
        c.rect(x0, top, x1, ground, col)
        c.ellipse((x0 + x1) / 2, top, w * 0.32, w * 0.28, col)
        c.rect(x0 + w * 0.18, top - w * 0.22, x1 - w * 0.18, top, col)
        c.circle((x0 + x1) / 2, top - w * 0.18, w * 0.07, darker(col, 0.3))
        for k in range(2):
            wx = x0 + w * (0.2 + 0.4 * k)
            c.rect(wx, top + h * 0.12, wx + w * 0.2, top + h * 0.3, "#4d5a6a")
            c.rect(wx, top + h * 0.38, wx + w * 0.2, top + h * 0.56, "#4d5a6a")
        c.arch(x0 + w * 0.12, ground - h * 0.3, x1 - w * 0.12, ground, darker(col, 0.35))
    elif style == "art_deco_square":
        c.rect(x0, top, x1, ground, col)
        for k, dx in enumerate((0.1, 0.25, 0.4)):
            c.rect(x0 + w * dx, top - 14 * (k + 1), x1 - w * dx, top, col)
        c.rect(x0 + w * 0.2, top + 20, x1 - w * 0.2, ground - h * 0.35, "#56657c")
        for k in range(3):
            c.rect(x0 + w * (0.2 + 0.2 * k), top + 20, x0 + w * (0.2 + 0.2 * k) + 3,
                   ground - h * 0.35, col)
        c.rect(x0 + w * 0.15, ground - h * 0.25, x1 - w * 0.15, ground, darker(col, 0.3))
    else:  # flemish_gables: stepped gable
        c.rect(x0, top, x1, ground, col)
        for k in range(4):
            inset = w * 0.11 * (k + 1)
            c.rect(x0 + inset, top - 16 * (k + 1), x1 - inset, top, col)
        c.rect(x0 + w * 0.25, top + 25, x0 + w * 0.45, top + 60, "#f2e6c9")
        c.rect(x1 - w * 0.45, top + 25, x1 - w * 0.25, top + 60, "#f2e6c9")
        c.rect(x0 + w * 0.35, ground - 55, x1 - w * 0.35, ground, darker(col, 0.35))


BELFRY_TOPS = ["lion_crown", "campanile_dragon", "gothic_turrets", "clock_knights", "bulb_lion",
               "platform_pinnacles", "art_deco"]
BELFRY_HOUSES = ["baroque", "art_deco_square", "flemish_gables", "town_hall", "town_hall_gothic",
                 "neo_flemish", "church"]
BELFRY_STONES = [("#d9c7a3", "#b89a66"), ("#b5533c", "#e8dcc2"), ("#c9b48a", "#a8915f"),
                 ("#d8b86a", "#b48f45"), ("#bfb39b", "#8f846c")]


def belfry_art(item):
    """The item's art parameters, with seeded defaults for any that are missing, so that a
    belfry added to the catalogue without an "art" entry still gets its own picture."""
    rng = random.Random("art:" + item["slug"])
    stone, trim = rng.choice(BELFRY_STONES)
    art = {"top": rng.choice(BELFRY_TOPS), "sky": rng.choice(sorted(SKIES)), "stone": stone,
           "trim": trim, "roof": rng.choice(["#3f4d5a", "#2f3b4c", "#3b5b46", "#56657a"]),
           "height": rng.uniform(0.72, 0.9), "width": rng.uniform(0.1, 0.14),
           "houses": rng.choice(BELFRY_HOUSES)}
    art.update(item.get("art", {}))
    return art


def draw_belfry(c, item):
    art = belfry_art(item)
    sky(c, art["sky"])
    ground = 680
    stone, trim, roof = rgb(art["stone"]), rgb(art["trim"]), rgb(art["roof"])
    gold = "#f0c23b"
    night = art["sky"] == "blue_hour"
    total = art["height"] * (ground - 30)
    tw = art["width"] * W
    cx = 600
    x0, x1 = cx - tw / 2, cx + tw / 2
    dark = "#2a3347" if not night else "#f2cf6b"
    # distant town silhouette
    back = mix(SKIES[art["sky"]][1], "#5c6b7a", 0.35)
    x = -20
    while x < W:
        w = c.rng.uniform(40, 90)
        h = c.rng.uniform(40, 110)
        c.rect(x, ground - 150 - h, x + w, ground, back)
        c.poly([(x, ground - 150 - h), (x + w / 2, ground - 180 - h), (x + w, ground - 150 - h)], back)
        x += w + c.rng.uniform(0, 20)

    style = art["top"]
    if style == "art_deco":
        # Lille: very slender brick shaft with light ribs, stepped setbacks, tall spire.
        shaft_top = ground - total * 0.62
        c.rect(x0, shaft_top, x1, ground, stone)
        for k in range(1, 5):
            rx = x0 + tw * k / 5
            c.rect(rx - 3, shaft_top, rx + 3, ground, trim)
        for k in range(9):
            wy = shaft_top + 40 + k * 44
            if wy + 22 < ground - 170:
                c.rect(x0 + tw * 0.22, wy, x0 + tw * 0.34, wy + 22, "#f6d47a" if night else dark)
                c.rect(x1 - tw * 0.34, wy, x1 - tw * 0.22, wy + 22, "#f6d47a" if night else dark)
        s1 = shaft_top - total * 0.1
        c.rect(x0 + tw * 0.08, s1, x1 - tw * 0.08, shaft_top, trim)
        bell_openings(c, x0 + tw * 0.1, x1 - tw * 0.1, s1 + 10, shaft_top - 10, 2, "#1b2440", gold)
        clock(c, cx, shaft_top + 55, tw * 0.22, "#f7efd8", trim)
        s2 = s1 - total * 0.08
        c.rect(x0 + tw * 0.18, s2, x1 - tw * 0.18, s1, stone)
        for k in (0.3, 0.5, 0.7):
            c.rect(x0 + tw * k - 2, s2, x0 + tw * k + 2, s1, trim)
        c.poly([(x0 + tw * 0.14, s2), (cx, ground - total), (x1 - tw * 0.14, s2)], trim)
        c.poly([(cx, s2), (cx, ground - total), (x1 - tw * 0.14, s2)], darker(trim, 0.12))
        c.line([(cx, ground - total), (cx, ground - total - 28)], "#3b3b3b", 3)
        # the giants Lydéric and Phinaert carved at the base
        for gx in (x0 - 16, x1 + 16):
            c.rect(gx - 9, ground - 150, gx + 9, ground - 40, lighter(trim, 0.1))
            c.circle(gx, ground - 160, 10, lighter(trim, 0.1))
        draw_houses(c, art["houses"], ground, x0, x1, art, total)
    else:
        shaft_frac = {"lion_crown": 0.5, "campanile_dragon": 0.6, "gothic_turrets": 0.56,
                      "clock_knights": 0.6, "bulb_lion": 0.56, "platform_pinnacles": 0.82}[style]
        shaft_top = ground - total * shaft_frac
        # the surrounding buildings go in front of the distant silhouette, behind the tower
        draw_houses(c, art["houses"], ground, x0, x1, art, total)
        if style == "platform_pinnacles":
            # Dunkirk: tapering tower with buttresses and a flat platform.
            top_w = tw * 0.62
            c.poly([(x0, ground), (cx - top_w / 2, shaft_top), (cx + top_w / 2, shaft_top),
                    (x1, ground)], stone)
            for side in (-1, 1):
                bx = cx + side * tw / 2
                c.poly([(bx - side * 16, ground), (bx, ground),
                        (cx + side * top_w / 2, shaft_top + 30),
                        (cx + side * (top_w / 2 - 14), shaft_top + 30)], darker(stone, 0.12))
            for k in range(5):
                yy = ground - (ground - shaft_top) * (0.18 + k * 0.16)
                half = tw / 2 - (tw - top_w) / 2 * (0.18 + k * 0.16) - 24
                n = 3
                for i in range(n):
                    wx = cx - half + (2 * half) * (i + 0.5) / n - 8
                    c.arch(wx, yy - 60, wx + 16, yy, darker(stone, 0.25))
            c.rect(cx - top_w / 2 - 10, shaft_top - 12, cx + top_w / 2 + 10, shaft_top, trim)
            for i in range(9):
                bx = cx - top_w / 2 + i * top_w / 8
                c.rect(bx - 3, shaft_top - 34, bx + 3, shaft_top - 12, trim)
            c.rect(cx - top_w / 2 - 10, shaft_top - 40, cx + top_w / 2 + 10, shaft_top - 34, trim)
            for px in (cx - top_w / 2, cx + top_w / 2):
                pinnacle(c, px, shaft_top - 12, 20, 110, stone, roof)
            c.line([(cx, shaft_top - 40), (cx, ground - total)], "#3b3b3b", 3)
            c.poly([(cx, ground - total), (cx + 30, ground - total + 10), (cx, ground - total + 20)],
                   "#2f5fa8")
            c.arch(cx - 26, ground - 90, cx + 26, ground, "#5a4632")
        else:
            c.rect(x0, shaft_top, x1, ground, stone)
            # masonry courses and shadow side
            c.rect(x1 - tw * 0.18, shaft_top, x1, ground, darker(stone, 0.1))
            for k in range(1, 6):
                cornice(c, x0, x1, shaft_top + (ground - shaft_top) * k / 6, trim, 3)
            win_kind = "lancet" if style in ("gothic_turrets", "lion_crown") else "arch"
            sh = ground - shaft_top
            window_column(c, cx - tw * 0.1, cx + tw * 0.1, shaft_top + sh * 0.36,
                          min(ground - sh * 0.3, ground - 112), dark, win_kind, rows=2)
            c.arch(cx - tw * 0.16, ground - 85, cx + tw * 0.16, ground, "#4b3a2c")
            cornice(c, x0, x1, shaft_top, trim, 10)
            top_fn = {"lion_crown": top_lion_crown, "campanile_dragon": top_campanile_dragon,
                      "gothic_turrets": top_gothic_turrets, "clock_knights": top_clock_knights,
                      "bulb_lion": top_bulb_lion}[style]
            top_fn(c, cx, tw, shaft_top, ground - total, stone, trim, roof, gold, dark)
    pavement(c, ground, "#b9b2a5" if not night else "#4a4f66",
             "#a59d8f" if not night else "#3e4258")
    people(c, ground + 60, [150, 190, 930, 985, 1040], ["#c0392b", "#2e6da4", "#e1a33b",
                                                        "#4f8a3c", "#7a4f9a"], 1.2)


def top_lion_crown(c, cx, tw, y0, apex, stone, trim, roof, gold, dark):
    """Arras: bell stage, crown of little arches, ogee dome and the golden lion."""
    h = y0 - apex
    b1 = y0 - h * 0.3
    c.rect(cx - tw * 0.45, b1, cx + tw * 0.45, y0, stone)
    bell_openings(c, cx - tw * 0.42, cx + tw * 0.42, b1 + 14, y0 - 12, 2, "#1f2a3c", gold, "lancet")
    for px in (cx - tw * 0.5, cx + tw * 0.5):
        pinnacle(c, px, y0, 16, h * 0.42, stone, roof)
    cornice(c, cx - tw * 0.45, cx + tw * 0.45, b1, trim, 8)
    # the crown: octagonal stage ringed with small arches
    b2 = b1 - h * 0.14
    c.rect(cx - tw * 0.36, b2, cx + tw * 0.36, b1, stone)
    for i in range(5):
        ax = cx - tw * 0.3 + i * tw * 0.15
        c.arch(ax - 6, b2 + 8, ax + 6, b1 - 6, "#1f2a3c")
    for i in range(7):
        px = cx - tw * 0.36 + i * tw * 0.12
        pinnacle(c, px, b2, 8, 34, trim, trim)
    # ogee dome and lantern
    b3 = b2 - h * 0.22
    onion(c, cx, b2, tw * 0.6, h * 0.24, roof)
    c.rect(cx - tw * 0.07, b3 - h * 0.1, cx + tw * 0.07, b3 + 4, trim)
    c.poly([(cx - tw * 0.1, b3 - h * 0.1), (cx, b3 - h * 0.2), (cx + tw * 0.1, b3 - h * 0.1)], roof)
    c.line([(cx, b3 - h * 0.2), (cx, apex + 26)], "#4b4b4b", 3)
    lion(c, cx - 4, apex + 28, 34, gold)
    c.circle(cx + 24, apex + 2, 9, gold)  # the sun the lion holds up


def top_campanile_dragon(c, cx, tw, y0, apex, stone, trim, roof, gold, dark):
    """Béthune: crenellated parapet, hexagonal corner turrets, wooden campanile, dragon."""
    h = y0 - apex
    for i in range(9):
        mx = cx - tw * 0.5 + i * tw / 8
        c.rect(mx - 6, y0 - 22, mx + 6, y0, stone)
    for px in (cx - tw * 0.52, cx + tw * 0.52):
        c.rect(px - 14, y0 - 40, px + 14, y0 + 60, stone)
        c.poly([(px - 17, y0 - 40), (px, y0 - 80), (px + 17, y0 - 40)], roof)
    b1 = y0 - h * 0.32
    c.rect(cx - tw * 0.3, b1, cx + tw * 0.3, y0 - 10, "#6e5a43")
    bell_openings(c, cx - tw * 0.28, cx + tw * 0.28, b1 + 12, y0 - 20, 2, "#1f2a3c", gold)
    clock(c, cx, y0 + 50, tw * 0.16, "#f5ecd2", trim)
    c.poly([(cx - tw * 0.36, b1), (cx, b1 - h * 0.22), (cx + tw * 0.36, b1)], roof)
    b2 = b1 - h * 0.22
    c.rect(cx - tw * 0.1, b2 - h * 0.14, cx + tw * 0.1, b2 + 2, "#6e5a43")
    c.arch(cx - tw * 0.05, b2 - h * 0.12, cx + tw * 0.05, b2 - 4, "#1f2a3c")
    c.poly([(cx - tw * 0.14, b2 - h * 0.14), (cx, apex + 30), (cx + tw * 0.14, b2 - h * 0.14)], roof)
    c.line([(cx, apex + 30), (cx, apex + 6)], "#4b4b4b", 3)
    dragon(c, cx, apex + 8, 26, gold)


def top_gothic_turrets(c, cx, tw, y0, apex, stone, trim, roof, gold, dark):
    """Douai: steep slate roof bristling with turrets, dormers and weathervanes."""
    h = y0 - apex
    for i in range(7):
        mx = cx - tw * 0.5 + i * tw / 6
        c.rect(mx - 5, y0 - 16, mx + 5, y0, stone)
    base = y0 - 16
    c.poly([(cx - tw * 0.46, base), (cx - tw * 0.12, apex + h * 0.25),
            (cx + tw * 0.12, apex + h * 0.25), (cx + tw * 0.46, base)], roof)
    c.poly([(cx - tw * 0.12, apex + h * 0.25), (cx, apex + 40), (cx + tw * 0.12, apex + h * 0.25)],
           roof)
    # corner turrets with pointed caps and flags
    for px in (cx - tw * 0.5, cx + tw * 0.5, cx - tw * 0.28, cx + tw * 0.28):
        tall = h * (0.55 if abs(px - cx) > tw * 0.4 else 0.42)
        c.rect(px - 10, base - tall * 0.4, px + 10, base + 30, stone)
        c.poly([(px - 13, base - tall * 0.4), (px, base - tall), (px + 13, base - tall * 0.4)], roof)
        flag_vane(c, px, base - tall, 22, gold)
    # rows of dormers
    for row, (yy, n) in enumerate(((base - h * 0.16, 4), (base - h * 0.34, 3), (base - h * 0.5, 2))):
        half = tw * (0.34 - row * 0.09)
        for i in range(n):
            dx = cx - half + 2 * half * (i + 0.5) / n
            c.rect(dx - 8, yy - 18, dx + 8, yy + 6, stone)
            c.poly([(dx - 11, yy - 18), (dx, yy - 36), (dx + 11, yy - 18)], roof)
            c.rect(dx - 4, yy - 12, dx + 4, yy + 2, dark)
            flag_vane(c, dx, yy - 36, 14, gold)
    c.line([(cx, apex + 40), (cx, apex + 24)], "#4b4b4b", 3)
    lion(c, cx - 4, apex + 26, 26, gold)
    c.poly([(cx + 14, apex - 2), (cx + 40, apex + 4), (cx + 14, apex + 12)], "#d23b3b")
    bell_openings(c, cx - tw * 0.36, cx + tw * 0.36, y0 + 20, y0 + 110, 3, "#1f2a3c", gold, "lancet")


def top_clock_knights(c, cx, tw, y0, apex, stone, trim, roof, gold, dark):
    """Calais: big yellow clock faces on lion consoles, slate roof, gilded knights, dragon."""
    h = y0 - apex
    b1 = y0 - h * 0.2
    c.rect(cx - tw * 0.52, b1, cx + tw * 0.52, y0, trim)
    clock(c, cx, (b1 + y0) / 2, tw * 0.24, "#f6c945", darker(trim, 0.15))
    for px in (cx - tw * 0.52, cx + tw * 0.52):
        c.circle(px, y0 + 8, 10, gold)  # lion-head consoles
    c.poly([(cx - tw * 0.56, b1), (cx - tw * 0.2, apex + h * 0.3), (cx + tw * 0.2, apex + h * 0.3),
            (cx + tw * 0.56, b1)], roof)
    for px in (cx - tw * 0.46, cx - tw * 0.2, cx + tw * 0.2, cx + tw * 0.46):
        pinnacle(c, px, b1 - 4, 10, h * 0.34, roof, roof)
    for px in (cx - tw * 0.36, cx + tw * 0.36):
        c.rect(px - 4, b1 - 30, px + 4, b1 - 6, gold)      # knight
        c.circle(px, b1 - 36, 6, gold)
        c.line([(px + 6, b1 - 6), (px + 6, b1 - 44)], gold, 2)
    c.rect(cx - tw * 0.16, apex + h * 0.15, cx + tw * 0.16, apex + h * 0.3, trim)
    c.arch(cx - tw * 0.08, apex + h * 0.17, cx + tw * 0.08, apex + h * 0.29, "#1f2a3c")
    c.poly([(cx - tw * 0.2, apex + h * 0.15), (cx, apex + 28), (cx + tw * 0.2, apex + h * 0.15)], roof)
    c.line([(cx, apex + 28), (cx, apex + 6)], "#4b4b4b", 3)
    dragon(c, cx, apex + 8, 22, gold)
    # white stone string courses on the red brick
    for k in range(1, 5):
        c.rect(cx - tw / 2, y0 + k * 60, cx + tw / 2, y0 + k * 60 + 6, trim)


def top_bulb_lion(c, cx, tw, y0, apex, stone, trim, roof, gold, dark):
    """Bergues: corner turrets with little bulbs, open campanile, big bulb and lion Nicolas."""
    h = y0 - apex
    for px in (cx - tw * 0.5, cx + tw * 0.5):
        c.rect(px - 16, y0 - 50, px + 16, y0 + 40, stone)
        onion(c, px, y0 - 50, 34, 46, roof)
        c.line([(px, y0 - 96), (px, y0 - 112)], "#4b4b4b", 2)
    b1 = y0 - h * 0.3
    c.rect(cx - tw * 0.34, b1, cx + tw * 0.34, y0, stone)
    bell_openings(c, cx - tw * 0.32, cx + tw * 0.32, b1 + 12, y0 - 8, 3, "#1f2a3c", gold)
    cornice(c, cx - tw * 0.34, cx + tw * 0.34, b1, trim, 8)
    onion(c, cx, b1, tw * 0.62, h * 0.42, roof)
    top = b1 - h * 0.42
    c.rect(cx - 6, top - h * 0.12, cx + 6, top + 4, trim)
    onion(c, cx, top - h * 0.12, 30, h * 0.1, roof)
    c.line([(cx, top - h * 0.22), (cx, apex + 26)], "#4b4b4b", 3)
    lion(c, cx - 4, apex + 28, 28, gold)
    for k in range(2):
        clock(c, cx, y0 + 60 + k * 0, tw * 0.14, "#f4ead0", trim)


# --- sites ---------------------------------------------------------------------------------

def scene_louvre_lens(c, item):
    sky(c, item["art"]["sky"], horizon=540)
    cloud(c, 250, 150, 1.1, "#f4f8fb")
    cloud(c, 700, 90, 0.8, "#f4f8fb")
    # the twin slag heaps of Loos-en-Gohelle on the horizon
    terril(c, 150, 500, 330, 190, "#55594f")
    terril(c, 390, 500, 290, 150, "#62665c")
    hills(c, 505, 10, "#8dbb6a", 0.4, 1.5)
    c.rect(0, 520, W, H, "#79b15a")
    # long low pavilions of polished aluminium and glass, gently skewed to each other
    pavs = [((40, 380), (500, 400), (500, 560), (40, 585)),
            ((500, 405), (690, 402), (690, 556), (500, 560)),
            ((690, 400), (1180, 360), (1180, 585), (690, 556))]
    for i, p in enumerate(pavs):
        col = "#d3dbe0" if i != 1 else "#b5dcec"
        c.poly(list(p), col)
        c.poly([p[0], p[1], (p[1][0], p[1][1] + 12), (p[0][0], p[0][1] + 12)], "#f3f6f8")
        if i != 1:
            # blurred reflections of the park and the sky on the metal
            x0, x1 = p[0][0], p[1][0]
            for k in range(7):
                fx = x0 + (x1 - x0) * (k + 0.5) / 7
                yt = p[0][1] + (p[1][1] - p[0][1]) * (fx - x0) / (x1 - x0) + 16
                yb = p[3][1] + (p[2][1] - p[3][1]) * (fx - x0) / (x1 - x0)
                c.rect(fx - 14, yt, fx + 14, yb, "#c1ccd3")
            c.poly([(p[3][0], p[3][1] - 40), (p[2][0], p[2][1] - 40), p[2], p[3]], "#93b487")
            c.poly([(p[3][0], p[3][1] - 40), (p[2][0], p[2][1] - 40), (p[2][0], p[2][1] - 34),
                    (p[3][0], p[3][1] - 34)], "#a9c3a0")
        else:
            # the glass entrance hall, people inside
            for k in range(6):
                c.rect(515 + k * 32, 420, 518 + k * 32, 556, "#86bdd5")
            c.rect(500, 470, 690, 474, "#86bdd5")
            people(c, 556, [545, 585, 640, 662], ["#d45d4c", "#2e6da4", "#f2b134", "#7a4f9a"],
                   1.1)
    c.poly([(0, 612), (W, 600), (W, 618), (0, 632)], "#ece4cf")  # the path
    hills(c, 690, 14, "#6aa34d", 2.0, 2.5)
    for x, y, h in [(70, 700, 170), (1150, 700, 190), (960, 640, 120), (300, 650, 120),
                    (800, 660, 100), (560, 720, 90)]:
        tree(c, x, y, h, "#3f8a3a")
    people(c, 760, [400, 432, 700], ["#7a4f9a", "#c0392b", "#2f8f83"], 1.5)


def scene_palais_beaux_arts(c, item):
    sky(c, item["art"]["sky"], horizon=620)
    stone, shade, roof = "#efe2c6", "#d8c6a2", "#5d6b7d"
    g = 640
    # wings
    c.rect(90, 330, 1110, g, stone)
    c.rect(90, 318, 1110, 332, shade)
    for i in range(12):
        x = 120 + i * 82
        if 470 < x < 700:
            continue
        c.arch(x, 380, x + 40, 470, "#4f5e73")
        c.rect(x, 510, x + 40, 590, "#4f5e73")
        c.rect(x - 6, 470, x + 46, 478, shade)
    # corner pavilions with domes
    for px in (90, 1010):
        c.rect(px, 270, px + 100, g, stone)
        c.ellipse(px + 50, 272, 58, 52, roof)
        c.rect(px - 8, 262, px + 108, 276, shade)
        c.rect(px + 44, 200, px + 56, 222, roof)
        c.arch(px + 30, 320, px + 70, 450, "#4f5e73")
    # central pavilion: columns, pediment, great arched windows
    c.rect(440, 230, 760, g, stone)
    c.poly([(420, 236), (600, 150), (780, 236)], stone)
    c.poly([(450, 230), (600, 168), (750, 230)], shade)
    c.rect(420, 230, 780, 244, shade)
    for i in range(3):
        x = 470 + i * 95
        c.arch(x + 10, 270, x + 70, 430, "#4f5e73")
        c.arch(x + 10, 470, x + 70, g, "#5b4a3c")
    for i in range(4):
        x = 455 + i * 95
        c.rect(x, 250, x + 18, g, "#fbf3e2")
        c.rect(x - 4, 250, x + 22, 262, shade)
    c.text((600, 212), "PALAIS DES BEAUX-ARTS", 17, "#8a7a5a")
    # square with lawn and fountain
    c.rect(0, g, W, H, "#cfc6b4")
    c.ellipse(600, 730, 330, 46, "#7fb05c")
    c.ellipse(600, 730, 120, 22, "#9fd0e6")
    c.rect(596, 690, 604, 728, "#9fd0e6")
    c.circle(600, 688, 10, "#c7e8f4")
    for x in (70, 1130):
        tree(c, x, 700, 190, "#4e8f3c")
    people(c, 770, [240, 275, 900, 940, 980], ["#c0392b", "#2e6da4", "#e1a33b", "#4f8a3c",
                                               "#7a4f9a"], 1.3)


def scene_la_piscine(c, item):
    # Interior view along the pool, towards the great sunrise window.
    c.rect(0, 0, W, H, "#f3e8d4")
    c.rect(0, 0, W, 120, "#e6d6b8")
    # barrel vault ribs
    for i in range(9):
        y = 20 + i * 12
        c.rect(0, y, W, y + 4, "#d7c39c")
    # the sunrise stained-glass window
    cx, cy, r = 600, 330, 250
    c.pie(cx, cy, r + 18, 180, 360, "#b79d6e")
    colours = ["#e84e3c", "#f28c28", "#f6c23e", "#fbe27a", "#f6c23e", "#f28c28", "#e84e3c",
               "#c93a5e", "#3c7fc9", "#2aa7a1", "#3c7fc9", "#c93a5e"]
    n = 12
    for i in range(n):
        a0 = 180 + i * 180 / n
        c.pie(cx, cy, r, a0, a0 + 180 / n, colours[i])
        c.pie(cx, cy, r, a0 + 180 / n - 0.6, a0 + 180 / n, "#6e5b3e")
    c.pie(cx, cy, 95, 180, 360, "#fff0b8")
    c.pie(cx, cy, 60, 180, 360, "#ffd24a")
    c.rect(cx - r - 18, cy, cx + r + 18, cy + 14, "#b79d6e")
    # side arcades with the changing cubicles, in perspective
    for side in (-1, 1):
        for i in range(6):
            t0, t1 = i / 6, (i + 0.8) / 6
            xa = 600 + side * (300 + 300 * t0 ** 1.2)
            xb = 600 + side * (300 + 300 * t1 ** 1.2)
            top_a, top_b = 360 - 200 * t0, 360 - 200 * t1
            bot_a, bot_b = 500 + 200 * t0, 500 + 200 * t1
            col = ["#2f8f9d", "#e2b13c", "#c2553d"][i % 3]
            c.poly([(xa, top_a), (xb, top_b), (xb, bot_b), (xa, bot_a)], "#ead9b8")
            c.poly([(xa + side * 8, top_a + 40), (xb - side * 8, top_b + 40),
                    (xb - side * 8, bot_b - 60), (xa + side * 8, bot_a - 60)], col)
        c.poly([(600 + side * 300, 360), (600 + side * 600, 160), (600 + side * 600, 175),
                (600 + side * 300, 372)], "#c9b58d")
    # the basin, with stripes of reflected colour
    c.poly([(300, 500), (900, 500), (1200, 800), (0, 800)], "#2e9fb8")
    for i, col in enumerate(["#f6c23e", "#e84e3c", "#fbe27a", "#f28c28"]):
        x = 520 + i * 45
        c.poly([(x, 505), (x + 18, 505), (x + 40 + i * 20, 800), (x - 30 + i * 10, 800)],
               mix(col, "#2e9fb8", 0.4))
    for k in range(5):
        y = 540 + k * 55
        c.rect(0, y, W, y + 3, "#5cc0d4")
    c.poly([(300, 494), (900, 494), (910, 502), (290, 502)], "#f7efdc")
    # a few sculptures on plinths by the water
    for x, y, s in ((250, 560, 1.2), (950, 560, 1.2), (420, 505, 0.7), (780, 505, 0.7)):
        c.rect(x - 18 * s, y - 30 * s, x + 18 * s, y, "#f7efdc")
        c.ellipse(x, y - 70 * s, 12 * s, 38 * s, "#ffffff")
        c.circle(x, y - 112 * s, 9 * s, "#ffffff")


def headframe(c, x, ground, h, colour):
    """A steel pithead frame (chevalement) with its two sheaves."""
    w = h * 0.42
    c.line([(x - w / 2, ground), (x - w * 0.12, ground - h)], colour, 9)
    c.line([(x + w / 2, ground), (x + w * 0.12, ground - h)], colour, 9)
    for k in range(1, 6):
        y = ground - h * k / 6
        half = w / 2 - (w / 2 - w * 0.12) * k / 6
        c.line([(x - half, y), (x + half, y)], colour, 5)
        if k < 6:
            c.line([(x - half, y), (x + half - (w / 2 - w * 0.12) / 6, y - h / 6)], colour, 3)
    c.line([(x + w * 0.12, ground - h), (x + w * 1.1, ground - h * 0.35)], colour, 8)
    for dx in (-w * 0.08, w * 0.12):
        c.circle(x + dx, ground - h - 6, h * 0.09, colour)
        c.circle(x + dx, ground - h - 6, h * 0.06, mix(colour, "#c9cfd4", 0.7))


def scene_mining(c, item):
    sky(c, item["art"]["sky"], horizon=600)
    terril(c, 200, 560, 520, 230, "#3f423f")
    terril(c, 980, 560, 420, 190, "#4a4d48")
    hills(c, 560, 8, "#7a8f5e", 1.0, 1.2)
    g = 620
    brick, dark = "#a34f36", "#7a3826"
    # pit buildings
    c.rect(80, 430, 520, g, brick)
    c.poly([(70, 430), (300, 360), (530, 430)], dark)
    for i in range(6):
        c.arch(110 + i * 68, 470, 150 + i * 68, 560, "#f2d27a")
    c.rect(640, 470, 1120, g, brick)
    c.rect(630, 458, 1130, 472, dark)
    for i in range(7):
        c.rect(665 + i * 65, 500, 700 + i * 65, 560, "#f2d27a")
    c.rect(560, 300, 600, g, dark)  # chimney
    c.rect(552, 296, 608, 312, brick)
    headframe(c, 420, 430, 250, "#2f3a44")
    headframe(c, 800, 470, 280, "#263039")
    c.rect(0, g, W, H, "#6f6a61")
    for x in range(0, W, 40):
        c.rect(x, 690, x + 20, 700, "#4b4641")
    c.rect(0, 682, W, 686, "#3a3632")
    c.rect(0, 704, W, 708, "#3a3632")
    for x in (260, 420, 580):
        c.rect(x, 640, x + 130, 684, "#5a3b2a")
        c.poly([(x + 5, 640), (x + 30, 618), (x + 100, 618), (x + 125, 640)], "#202020")
        for wx in (x + 25, x + 105):
            c.circle(wx, 690, 11, "#2b2b2b")
    people(c, 770, [880, 915], ["#e1a33b", "#2e6da4"], 1.3)
    c.circle(880, 770 - 48, 8, "#f2d27a")  # the miner's helmet lamp


def scene_memorial_ring(c, item):
    sky(c, item["art"]["sky"], horizon=520)
    hills(c, 500, 22, "#55754a", 0.8, 1.0)
    # the necropolis on the ridge: lantern tower, basilica, rows of graves
    c.rect(230, 360, 262, 500, "#d9cfb5")
    c.poly([(226, 360), (246, 320), (266, 360)], "#b8ad93")
    c.circle(246, 372, 8, "#ffe08a")
    c.rect(300, 430, 420, 500, "#d4c8ab")
    c.poly([(296, 430), (360, 395), (424, 430)], "#b8ad93")
    c.rect(352, 370, 368, 430, "#d4c8ab")
    c.poly([(348, 370), (360, 340), (372, 370)], "#b8ad93")
    c.rect(0, 520, W, H, "#6d9155")
    hills(c, 560, 12, "#7fa360", 2.4, 1.6)
    for r in range(5):
        for i in range(22):
            x = 20 + i * 22 + r * 6
            y = 512 + r * 9
            if x < 520:
                c.rect(x, y, x + 6, y + 8, "#f2efe6")
    # the Ring: an ellipse of dark steel in perspective, cantilevered over the slope
    cx, cy = 760, 600
    c.ellipse(cx, cy + 26, 380, 118, "#4f6b40")           # its shadow on the grass
    c.ellipse(cx, cy, 372, 110, "#3c3a3f")                # outer rim
    c.ellipse(cx, cy - 6, 352, 98, "#e8e3d6")             # engraved inner wall
    c.ellipse(cx, cy + 12, 344, 86, "#7fa360")            # lawn inside
    for k in range(7):
        yy = cy - 86 + k * 6
        c.rect(cx - 300 + k * 8, yy, cx + 300 - k * 8, yy + 1.6, "#b8b0a0")
    c.ellipse(cx, cy + 12, 344, 86, "#7fa360")
    c.ellipse(cx, cy + 100, 372, 24, "#3c3a3f")
    people(c, 640, [700, 730, 860], ["#2e3f66", "#7a4f9a", "#8c3b3b"], 0.9)
    for x in (80, 1130):
        tree(c, x, 700, 150, "#3f6b37")
    # poppies
    for _ in range(40):
        x = c.rng.uniform(20, W - 20)
        y = c.rng.uniform(720, 790)
        c.circle(x, y, c.rng.uniform(5, 8), "#d8342c")
        c.circle(x, y, 2.2, "#2a2a2a")


def scene_citadel(c, item):
    """Bird's-eye view of Vauban's pentagonal citadel with its ditches."""
    c.rect(0, 0, W, H, "#8fbf63")
    rng = c.rng
    for _ in range(14):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        c.ellipse(x, y, rng.uniform(60, 140), rng.uniform(30, 70), "#83b35a")
    cx, cy = 600, 410

    def star(r_out, r_in):
        pts = []
        for i in range(5):
            a = -math.pi / 2 + i * 2 * math.pi / 5
            pts.append((cx + r_out * math.cos(a) * 1.25, cy + r_out * math.sin(a)))
            b = a + math.pi / 5
            for f in (-0.12, 0.12):
                pts.append((cx + r_in * math.cos(b + f) * 1.25, cy + r_in * math.sin(b + f)))
        return pts

    c.poly(star(370, 300), "#4aa3c9")     # water-filled ditch
    c.poly(star(345, 276), "#7fb45a")     # glacis
    c.poly(star(318, 250), "#c9b48a")     # ramparts (stone)
    c.poly(star(300, 236), "#9cc46c")     # inside the walls
    # barracks around the parade ground and the chapel
    c.rect(cx - 150, cy - 40, cx + 150, cy + 70, "#d9cfb6")
    for bx, by, bw, bh in ((cx - 230, cy - 140, 140, 40), (cx + 90, cy - 140, 140, 40),
                           (cx - 250, cy - 70, 40, 150), (cx + 210, cy - 70, 40, 150),
                           (cx - 200, cy + 110, 160, 40), (cx + 40, cy + 110, 160, 40)):
        c.rect(bx, by, bx + bw, by + bh, "#b8553d")
        c.rect(bx, by, bx + bw, by + bh * 0.45, "#cf6a4f")
    c.rect(cx - 24, cy - 150, cx + 24, cy - 90, "#efe6d0")
    c.poly([(cx - 30, cy - 150), (cx, cy - 175), (cx + 30, cy - 150)], "#59636e")
    for _ in range(22):
        a = rng.uniform(0, 2 * math.pi)
        r = rng.uniform(160, 220)
        tx, ty = cx + r * math.cos(a) * 1.25, cy + r * math.sin(a)
        c.circle(tx, ty, rng.uniform(10, 16), "#3f7f36")
    # the entrance bridge across the ditch
    c.poly([(cx - 14, cy + 236), (cx + 14, cy + 236), (cx + 18, cy + 380), (cx - 18, cy + 380)],
           "#d9cfb6")
    for x, y in ((90, 90), (140, 700), (1080, 120), (1110, 690), (60, 420), (1150, 400)):
        for k in range(5):
            c.circle(x + rng.uniform(-40, 40), y + rng.uniform(-30, 30), rng.uniform(14, 24),
                     "#3f7f36")


def scene_cliffs(c, item):
    sky(c, item["art"]["sky"], horizon=430)
    # the English coast on the horizon
    c.poly([(0, 410), (160, 398), (330, 404), (420, 410)], "#e7eef2")
    # the sea
    bands = 8
    for i in range(bands):
        y0 = 410 + i * (390 / bands)
        c.rect(0, y0, W, y0 + 390 / bands + 1, mix("#5aa9d6", "#1f5f8f", i / (bands - 1)))
    rng = c.rng
    for _ in range(40):
        x, y = rng.uniform(0, 700), rng.uniform(430, 790)
        c.rect(x, y, x + rng.uniform(20, 60), y + 3, "#a9d6ee")
    # chalk cliffs with their green cap
    top = [(380, 520), (520, 330), (700, 230), (880, 205), (1060, 215), (W, 230)]
    c.poly(top + [(W, H), (430, H), (420, 640)], "#f3f1ea")
    c.poly([(420, 640), (380, 520), (520, 330), (560, 360), (470, 560), (480, 700), (430, H)],
           "#dcd8cb")
    for k in range(6):
        y = 320 + k * 70
        c.line([(560 + k * 20, y), (W, y - 40 + k * 6)], "#e4e0d3", 4)
    c.poly(top + [(W, 260), (1060, 250), (880, 240), (700, 265), (520, 362)], "#6cab4f")
    c.poly([(700, 265), (880, 240), (1060, 250), (W, 260), (W, 330), (1000, 300), (800, 310)],
           "#5d9a43")
    # the Dover Patrol obelisk
    ox = 900
    c.poly([(ox - 16, 232), (ox - 7, 100), (ox + 7, 100), (ox + 16, 232)], "#e9e4d6")
    c.poly([(ox - 7, 100), (ox, 84), (ox + 7, 100)], "#e9e4d6")
    c.poly([(ox, 100), (ox + 7, 100), (ox + 16, 232), (ox, 232)], "#cfc8b6")
    c.rect(ox - 28, 228, ox + 28, 240, "#cfc8b6")
    # a sailing boat and some gulls
    c.poly([(150, 600), (260, 600), (240, 620), (170, 620)], "#f5f5f5")
    c.poly([(205, 598), (205, 500), (255, 590)], "#ffffff")
    c.poly([(200, 598), (200, 520), (160, 590)], "#f0c23b")
    for gx, gy in ((300, 250), (340, 280), (620, 160), (260, 320)):
        c.line([(gx - 16, gy - 6), (gx, gy), (gx + 16, gy - 6)], "#ffffff", 3)
    people(c, 250, [1010, 1030], ["#c0392b", "#2e6da4"], 0.8)


# --- event posters -------------------------------------------------------------------------

POSTER_PALETTES = {
    "braderie": ("#f5e6c8", "#c0392b", "#1f4e79", "#f2b134", "#2f8f83"),
    "carnival": ("#1d2b64", "#f2b134", "#e84e8a", "#36b3a8", "#f26b3a"),
    "gayant": ("#fbe7c6", "#c0392b", "#1f4e79", "#f2b134", "#3b8f4a"),
    "christmas_red": ("#9e1b2e", "#f5e6c8", "#1f6b3a", "#f2c94c", "#ffffff"),
    "christmas_night": ("#12264a", "#f5e6c8", "#1f6b3a", "#f2c94c", "#c0392b"),
    "film": ("#141414", "#f2c94c", "#c0392b", "#e6e6e6", "#3a3a3a"),
}


def title_block(c, text, y, colour, outline, max_width=1080, size=118, subtitle=None,
                sub_colour=None):
    size = c.fit_text(text, max_width, size)
    c.text((W / 2 + 5, y + 6), text, size, darker(outline, 0.3))
    c.text((W / 2, y), text, size, colour, stroke=4, stroke_fill=outline)
    if subtitle:
        c.text((W / 2, y + size * 0.95), subtitle, size * 0.55, sub_colour or colour,
               stroke=3, stroke_fill=outline)


def confetti(c, n, colours, area=(0, 0, W, H)):
    for _ in range(n):
        x = c.rng.uniform(area[0], area[2])
        y = c.rng.uniform(area[1], area[3])
        col = c.rng.choice(colours)
        if c.rng.random() < 0.5:
            c.circle(x, y, c.rng.uniform(4, 9), col)
        else:
            a = c.rng.uniform(0, math.pi)
            dx, dy = 10 * math.cos(a), 10 * math.sin(a)
            c.line([(x - dx, y - dy), (x + dx, y + dy)], col, 6)


def bunting(c, y, colours, sag=40):
    pts = [(x, y + sag * math.sin(math.pi * x / W)) for x in range(0, W + 1, 20)]
    c.line(pts, "#5a4a3a", 3)
    for i, x in enumerate(range(20, W, 60)):
        yy = y + sag * math.sin(math.pi * x / W)
        c.poly([(x - 20, yy), (x + 20, yy), (x, yy + 40)], colours[i % len(colours)])


def poster_braderie(c, item, pal):
    bg, red, blue, yellow, green = pal
    c.rect(0, 0, W, H, bg)
    bunting(c, 30, [red, blue, yellow, green])
    bunting(c, 110, [yellow, red, green, blue], sag=30)
    # stalls with striped awnings
    for i in range(5):
        x = 40 + i * 232
        col = [red, blue, green, red, blue][i]
        c.rect(x + 10, 540, x + 200, 640, "#d9c39b")
        for k in range(6):
            c.poly([(x + k * 35, 470), (x + k * 35 + 35, 470), (x + k * 35 + 35, 520),
                    (x + k * 35 + 17, 540), (x + k * 35, 520)], col if k % 2 == 0 else "#ffffff")
        for k in range(4):
            c.rect(x + 25 + k * 44, 552, x + 55 + k * 44, 590,
                   [yellow, green, "#8a6f5a", blue][(k + i) % 4])
        c.rect(x + 12, 470, x + 18, 700, "#6b4a2f")
        c.rect(x + 192, 470, x + 198, 700, "#6b4a2f")
    c.rect(0, 640, W, H, "#cdbd9c")
    # a mountain of mussel shells and a cone of chips
    for k in range(60):
        x = 880 + c.rng.uniform(-140, 140) * (1 - k / 80)
        y = 770 - k * 2.6 + c.rng.uniform(-10, 10)
        c.ellipse(x, y, 22, 12, "#1e2a44" if k % 3 else "#34496f")
    c.poly([(190, 780), (250, 780), (280, 660), (160, 660)], red)
    for k in range(9):
        c.rect(170 + k * 12, 600 + (k % 3) * 14, 180 + k * 12, 680, yellow)
    title_block(c, "BRADERIE", 250, "#ffffff", red, size=150)
    title_block(c, "DE LILLE", 385, yellow, blue, size=110)


def umbrella(c, x, y, r, colours):
    n = len(colours)
    for i in range(n):
        c.pie(x, y, r, 180 + i * 180 / n, 180 + (i + 1) * 180 / n, colours[i])
    c.line([(x, y), (x, y + r * 1.1)], "#2b2b2b", 4)
    c.line([(x, y + r * 1.1), (x - r * 0.15, y + r * 1.2)], "#2b2b2b", 4)


def poster_carnival(c, item, pal):
    bg, yellow, pink, teal, orange = pal
    c.rect(0, 0, W, H, bg)
    for i in range(14):
        a0 = i * 360 / 14
        c.pie(600, 900, 1400, a0, a0 + 360 / 28, lighter(bg, 0.06))
    confetti(c, 260, [yellow, pink, teal, orange, "#ffffff"])
    cols = [yellow, pink, teal, orange]
    for x, y, r in ((130, 560, 120), (340, 620, 95), (860, 600, 110), (1080, 560, 125),
                    (600, 660, 80)):
        umbrella(c, x, y, r, [cols[(k + int(x)) % 4] for k in range(6)])
    # feathered hats of the carnival-goers
    for x in range(40, W, 90):
        y = 760 + (x % 3) * 8
        c.ellipse(x, y, 40, 30, cols[(x // 90) % 4])
        c.poly([(x - 10, y - 26), (x + 20, y - 90), (x + 14, y - 22)], cols[(x // 90 + 1) % 4])
    title_block(c, "CARNAVAL", 220, yellow, "#0f1638", size=160)
    title_block(c, "DE DUNKERQUE", 360, "#ffffff", "#0f1638", size=96)


def giant(c, x, ground, h, robe, trim, head_gear):
    w = h * 0.36
    c.poly([(x - w, ground), (x - w * 0.45, ground - h * 0.72), (x + w * 0.45, ground - h * 0.72),
            (x + w, ground)], robe)
    c.rect(x - w * 0.95, ground - h * 0.16, x + w * 0.95, ground - h * 0.1, trim)
    c.rect(x - w * 0.5, ground - h * 0.76, x + w * 0.5, ground - h * 0.66, trim)
    c.circle(x, ground - h * 0.82, h * 0.09, "#f1c9a5")
    c.circle(x - h * 0.03, ground - h * 0.83, h * 0.01, "#2b2b2b")
    c.circle(x + h * 0.03, ground - h * 0.83, h * 0.01, "#2b2b2b")
    if head_gear == "helmet":
        c.pie(x, ground - h * 0.86, h * 0.1, 180, 360, "#c9ccd1")
        for k, col in enumerate(("#e84e3c", "#ffffff", "#2e6da4")):
            c.ellipse(x - h * 0.05 + k * h * 0.05, ground - h * 1.0, h * 0.03, h * 0.07, col)
    elif head_gear == "hat":
        c.ellipse(x, ground - h * 0.9, h * 0.16, h * 0.04, "#2b2b2b")
        c.rect(x - h * 0.07, ground - h * 0.99, x + h * 0.07, ground - h * 0.9, "#2b2b2b")
    else:
        c.pie(x, ground - h * 0.85, h * 0.095, 180, 360, "#6b3f2a")
    for side in (-1, 1):
        c.line([(x + side * w * 0.45, ground - h * 0.68), (x + side * w * 0.9, ground - h * 0.45)],
               robe, h * 0.05)


def poster_giants(c, item, pal):
    bg, red, blue, yellow, green = pal
    c.rect(0, 0, W, H, bg)
    for i in range(10):
        x = i * 130 - 40
        c.poly([(x, 0), (x + 60, 0), (x + 200, H), (x + 140, H)], lighter(bg, 0.35))
    confetti(c, 160, [red, blue, yellow, green], area=(0, 0, W, 420))
    ground = 780
    # Gayant, Marie Cagenon and the three children
    giant(c, 310, ground, 480, blue, yellow, "helmet")
    giant(c, 520, ground, 400, red, "#ffffff", "hat")
    giant(c, 720, ground, 270, green, yellow, "cap")
    giant(c, 860, ground, 250, "#7a4f9a", yellow, "cap")
    giant(c, 990, ground, 190, "#f08a24", "#ffffff", "cap")
    c.rect(0, 760, W, H, "#c9b48a")
    for x in (100, 1120):
        c.ellipse(x, 720, 50, 20, red)
        c.rect(x - 50, 720, x + 50, 770, "#f6f0e2")
        c.ellipse(x, 770, 50, 20, red)
        c.line([(x - 40, 700), (x - 10, 722)], "#6b4a2f", 5)
    title_block(c, "FÊTES DE GAYANT", 120, "#ffffff", red, size=120, subtitle="DOUAI",
                sub_colour=yellow)


def fir(c, x, ground, h, colour, star=None):
    for k in range(3):
        w = h * (0.42 - k * 0.1)
        y = ground - h * (0.2 + k * 0.26)
        c.poly([(x - w, y + h * 0.18), (x, y - h * 0.3), (x + w, y + h * 0.18)], colour)
    c.rect(x - h * 0.04, ground - h * 0.06, x + h * 0.04, ground, "#6b4a2f")
    if star:
        c.circle(x, ground - h * 0.88, h * 0.05, star)


def big_wheel(c, x, y, r, colour, cabins):
    c.line([(x - r * 0.6, y + r * 1.25), (x, y), (x + r * 0.6, y + r * 1.25)], colour, 8)
    c.ring(x, y, r, 7, colour)
    c.ring(x, y, r * 0.55, 3, colour)
    for k in range(12):
        a = k * math.pi / 6
        c.line([(x, y), (x + r * math.cos(a), y + r * math.sin(a))], colour, 3)
        c.circle(x + r * math.cos(a), y + r * math.sin(a), r * 0.09, cabins[k % len(cabins)])
    c.circle(x, y, r * 0.08, colour)


def chalet(c, x, ground, w, wall, roof, light):
    h = w * 0.7
    c.rect(x, ground - h, x + w, ground, wall)
    for k in range(4):
        c.rect(x, ground - h + k * h / 4, x + w, ground - h + k * h / 4 + 2, darker(wall, 0.2))
    c.poly([(x - w * 0.12, ground - h), (x + w / 2, ground - h - w * 0.38),
            (x + w * 1.12, ground - h)], roof)
    c.poly([(x - w * 0.04, ground - h - w * 0.04), (x + w / 2, ground - h - w * 0.38),
            (x + w * 1.04, ground - h - w * 0.04), (x + w / 2, ground - h - w * 0.26)], "#ffffff")
    c.rect(x + w * 0.12, ground - h * 0.7, x + w * 0.88, ground - h * 0.3, light)


def poster_christmas(c, item, pal):
    bg, cream, green, gold, accent = pal
    c.rect(0, 0, W, H, bg)
    night = item["art"]["palette"] == "christmas_night"
    for _ in range(110):
        x, y = c.rng.uniform(0, W), c.rng.uniform(0, 560)
        c.circle(x, y, c.rng.choice([2, 3, 4]), "#ffffff" if night else lighter(bg, 0.3))
    ground = 720
    sil = darker(bg, 0.35)
    if item["art"].get("subtitle") == "ARRAS":
        # the belfry of Arras, its lion catching the light, behind the market
        bx = 960
        c.rect(bx - 40, 430, bx + 40, ground, sil)
        c.rect(bx - 46, 420, bx + 46, 432, sil)
        c.rect(bx - 32, 360, bx + 32, 420, sil)
        onion(c, bx, 362, 70, 70, sil)
        c.rect(bx - 3, 250, bx + 3, 300, sil)
        lion(c, bx, 262, 26, gold)
        for k in range(4):
            c.rect(bx - 22, 460 + k * 60, bx - 8, 490 + k * 60, gold)
            c.rect(bx + 8, 460 + k * 60, bx + 22, 490 + k * 60, gold)
        c.lancet(bx - 14, 372, bx + 14, 412, gold)
        big_wheel(c, 230, 470, 150, cream, [accent, gold, green])
    else:
        # the Grand'Place: Flemish gables and the big wheel
        for i, x in enumerate(range(-20, 560, 95)):
            h = 150 + (i % 3) * 25
            c.rect(x, ground - h, x + 90, ground, sil)
            for k in range(4):
                c.rect(x + 10 * (k + 1), ground - h - 14 * (k + 1), x + 90 - 10 * (k + 1),
                       ground - h, sil)
            c.rect(x + 20, ground - h + 30, x + 36, ground - h + 56, gold)
            c.rect(x + 54, ground - h + 30, x + 70, ground - h + 56, gold)
        big_wheel(c, 930, 470, 160, cream, [accent, gold, green])
    # string of lights
    pts = [(x, 280 + 40 * math.sin(math.pi * x / W)) for x in range(0, W + 1, 20)]
    c.line(pts, darker(bg, 0.4), 3)
    for i, (x, y) in enumerate(pts[::2]):
        c.circle(x, y + 8, 7, [gold, accent, "#9fe0ff", "#ffffff"][i % 4])
    c.rect(0, ground, W, H, "#f4f1ea")
    for i in range(6):
        x = 20 + i * 200
        chalet(c, x, ground, 150, "#8a5a3b", accent if not night else "#c0392b", gold)
    for x in (180, 580, 980):
        fir(c, x, ground + 40, 170, green, gold)
    for _ in range(60):
        x, y = c.rng.uniform(0, W), c.rng.uniform(ground + 10, H - 5)
        c.circle(x, y, 3, "#dcd6c8")
    title_block(c, item["art"]["text"], 105, "#ffffff", darker(bg, 0.45), size=120,
                subtitle=item["art"].get("subtitle"), sub_colour=gold)


def poster_film(c, item, pal):
    bg, yellow, red, light, grey = pal
    c.rect(0, 0, W, H, bg)
    # spotlight beams
    for foot, top, col in ((200, 520, "#2a2a2a"), (1000, 680, "#262626"), (600, 600, "#303030")):
        c.poly([(foot - 20, H), (foot + 20, H), (top + 170, 0), (top - 170, 0)], col)
    # a diagonal film strip
    strip = [(-50, 560), (W + 50, 360), (W + 50, 500), (-50, 700)]
    c.poly(strip, grey)
    for i in range(26):
        t = i / 25
        x = -50 + (W + 100) * t
        y = 560 - 200 * t
        c.rect(x - 8, y + 8, x + 8, y + 20, bg)
        c.rect(x - 8, y + 120, x + 8, y + 132, bg)
        if i % 3 == 1:
            c.poly([(x - 30, y + 34), (x + 30, y + 24), (x + 30, y + 100), (x - 30, y + 110)],
                   [yellow, red, light][(i // 3) % 3])
    # clapperboard
    c.rect(860, 560, 1100, 740, "#1f1f1f")
    c.poly([(860, 520), (1100, 480), (1106, 520), (866, 560)], light)
    for k in range(6):
        x = 880 + k * 40
        c.poly([(x, 556 - k * 6.6), (x + 20, 553 - k * 6.6), (x + 30, 518 - k * 6.6),
                (x + 10, 521 - k * 6.6)], "#1f1f1f")
    c.rect(880, 600, 1080, 606, light)
    c.rect(880, 650, 1080, 656, light)
    for _ in range(50):
        x, y = c.rng.uniform(0, W), c.rng.uniform(0, 300)
        c.circle(x, y, c.rng.choice([1.5, 2.5]), "#d9d2b8")
    title_block(c, "ARRAS", 170, yellow, red, size=150)
    title_block(c, "FILM FESTIVAL", 300, "#ffffff", red, size=100)


# --- dispatch ------------------------------------------------------------------------------

SCENES = {
    "louvre_lens": scene_louvre_lens,
    "palais_beaux_arts": scene_palais_beaux_arts,
    "la_piscine": scene_la_piscine,
    "mining": scene_mining,
    "memorial_ring": scene_memorial_ring,
    "citadel": scene_citadel,
    "cliffs": scene_cliffs,
}
POSTERS = {
    "braderie": poster_braderie,
    "carnival": poster_carnival,
    "giants": poster_giants,
    "christmas": poster_christmas,
    "film": poster_film,
}


def scene_generic_site(c, item):
    """Fallback for a site without a scene of its own: a landscape with a seeded landmark."""
    rng = random.Random("art:" + item["slug"])
    sky(c, item.get("art", {}).get("sky") or rng.choice(sorted(SKIES)), horizon=560)
    hills(c, 520, 30, "#7aa85a", rng.uniform(0, 6), 1.5)
    hills(c, 600, 20, "#6a9a4c", rng.uniform(0, 6), 2.2)
    body = rng.choice(["#d9c7a3", "#c9b48a", "#b5533c", "#cfd8de"])
    x0, x1 = rng.uniform(300, 420), rng.uniform(780, 900)
    c.rect(x0, 400, x1, 600, body)
    c.poly([(x0 - 20, 400), ((x0 + x1) / 2, 300), (x1 + 20, 400)], darker(body, 0.35))
    for i in range(int((x1 - x0) // 80)):
        c.arch(x0 + 30 + i * 80, 440, x0 + 60 + i * 80, 520, "#4f5e73")
    c.rect(0, 640, W, H, "#f4efe3")
    size = c.fit_text(item["title"]["fr"], 1100, 56)
    c.text((W / 2, 720), item["title"]["fr"], size, "#3a3a3a")


def draw_generic_poster(c, item):
    """Fallback for an event without a poster of its own: title on confetti."""
    pal = POSTER_PALETTES["gayant"]
    c.rect(0, 0, W, H, pal[0])
    confetti(c, 220, list(pal[1:]))
    title_block(c, item["title"]["fr"].upper(), 400, "#ffffff", pal[1], size=110)


def draw(item):
    c = Canvas(item["slug"])
    art = item.get("art", {})
    if item["kind"] == "belfry":
        draw_belfry(c, item)
    elif item["kind"] == "event":
        poster = POSTERS.get(art.get("poster"))
        if poster:
            poster(c, item, POSTER_PALETTES[art["palette"]])
        else:
            draw_generic_poster(c, item)
    else:
        scene = SCENES.get(art.get("scene"), scene_generic_site)
        scene(c, item)
    return c


def main(argv):
    wanted = set(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    unknown = wanted - {i["slug"] for i in ITEMS}
    if unknown:
        print(f"draw_illustrations: unknown slugs {sorted(unknown)}", file=sys.stderr)
        return 1
    total = 0
    for item in ITEMS:
        if wanted and item["slug"] not in wanted:
            continue
        path = OUT / f"{item['slug']}.png"
        size = draw(item).finish(path)
        total += size
        print(f"{path.name:45s} {size / 1024:6.1f} KB")
    print(f"draw_illustrations: {total / 1024:.0f} KB in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
