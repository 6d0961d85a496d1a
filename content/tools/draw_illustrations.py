#!/usr/bin/python3
"""Draws one flat "vector poster" illustration per catalogue item into content/images/<slug>.png.

Usage: /usr/bin/python3 content/tools/draw_illustrations.py [slug ...]

Needs Pillow (Debian: python3-pil). Each picture is 1200x800 (a "tall" poster 800x1200, the
shape of a real event poster, so the kiosk's framing of portrait pictures shows on the default
pack), drawn at twice the size and
scaled down for smooth edges, then reduced to a small palette so the PNG stays well under
150 KB. Drawing is seeded by the slug: a rerun gives the same pixels. An item's "art" dict
picks the scene and its parameters (see the catalogue modules). An item without one still
gets a picture: belfries get seeded parameters, other sites a generic landscape with their
name, events a confetti poster with their title. Each route of catalogue/routes.py gets a map
poster of its steps (draw_route), named by the route's slug like an item's picture.
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
from catalogue.routes import ROUTES, step_geo  # noqa: E402

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
    """A supersampled RGB image addressed in w x h units (1200x800 unless told)."""

    def __init__(self, seed, w=W, h=H):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w * S, h * S), (255, 255, 255))
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
        small = self.img.resize((self.w, self.h), Image.LANCZOS)
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
    if style in EXTRA_HOUSES:  # "civic", "village": see houses_civic and houses_village
        return EXTRA_HOUSES[style](c, ground, tower_x0, tower_x1, art, total)
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
                      "clock_knights": 0.6, "bulb_lion": 0.56,
                      "platform_pinnacles": 0.82}.get(style) or art.get("shaft", 0.6)
        shaft_top = ground - total * shaft_frac
        # the surrounding buildings go in front of the distant silhouette, behind the tower
        draw_houses(c, art["houses"], ground, x0, x1, art, total)
        if style in TOWER_TOPS:  # keep, dome, spire, comines, guerite: see draw_tower
            draw_tower(c, art, cx, tw, shaft_top, ground, total, stone, trim, roof, gold, dark)
        elif style == "platform_pinnacles":
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


# --- belfries drawn whole from their "art" options (keep, dome, spire, comines, guerite) ----
# draw_belfry hands these tops the whole tower: shaft (quoins, buttresses, ivy, gate...), top,
# finial and what stands in front (a town hall hiding the foot of the tower).

def half_dome(c, cx, y_base, w, h, colour):
    """A dome standing on y_base: the upper half of an ellipse."""
    c.d.pieslice([(cx - w / 2) * S, (y_base - h) * S, (cx + w / 2) * S, (y_base + h) * S],
                 180, 360, fill=rgb(colour))


def bell_roof(c, cx, y_base, w, h, colour):
    """Bell-shaped (ogee) roof: concave flanks rising to a point."""
    pts = []
    for i in range(21):
        t = i / 20
        if t > 0.25:
            half = w / 2 * (1 - t) ** 1.8
        else:
            half = w / 2 * (1 - 0.35 * math.sin(t / 0.25 * math.pi / 2))
        pts.append((cx - half, y_base - h * t))
    c.poly(pts + [(2 * cx - x, y) for x, y in reversed(pts)], colour)


def octagon(c, cx, y0, y1, w, face, side):
    """A prism seen from the front: a front face and two narrower receding faces."""
    c.rect(cx - w * 0.5, y0, cx - w * 0.29, y1, side)
    c.rect(cx + w * 0.29, y0, cx + w * 0.5, y1, darker(side, 0.12))
    c.rect(cx - w * 0.29, y0, cx + w * 0.29, y1, face)


def finial(c, kind, x, y, size, gold):
    """What turns or stands on top of a belfry, standing on (x, y)."""
    s = size
    rod = "#4b4b4b"
    if kind == "lion":
        c.line([(x, y), (x, y - s * 0.3)], rod, 3)
        lion(c, x - 4, y - s * 0.28, s, gold)
    elif kind == "angel":  # Amiens: the gilded Fame blowing her trumpet
        c.line([(x, y), (x, y - s * 0.25)], rod, 3)
        b = y - s * 0.25
        c.poly([(x - s * 0.2, b), (x - s * 0.08, b - s * 0.6), (x + s * 0.08, b - s * 0.6),
                (x + s * 0.2, b)], gold)
        c.circle(x, b - s * 0.72, s * 0.13, gold)
        c.poly([(x - s * 0.06, b - s * 0.55), (x - s * 0.55, b - s * 0.95),
                (x - s * 0.3, b - s * 0.45)], gold)                    # wing
        c.line([(x + s * 0.05, b - s * 0.7), (x + s * 0.55, b - s * 0.85)], gold, s * 0.08)
        c.poly([(x + s * 0.5, b - s * 0.95), (x + s * 0.68, b - s * 0.9),
                (x + s * 0.62, b - s * 0.72)], gold)                   # trumpet bell
    elif kind == "mermaid":  # Bailleul: Mélusine with her mirror
        c.line([(x, y), (x, y - s * 0.3)], rod, 3)
        b = y - s * 0.3
        c.poly([(x - s * 0.1, b - s * 0.5), (x + s * 0.1, b - s * 0.5), (x + s * 0.18, b - s * 0.15),
                (x + s * 0.45, b - s * 0.05), (x + s * 0.4, b + s * 0.08), (x + s * 0.1, b),
                (x - s * 0.12, b - s * 0.2)], gold)
        c.circle(x, b - s * 0.62, s * 0.12, gold)
        c.line([(x - s * 0.08, b - s * 0.45), (x - s * 0.32, b - s * 0.7)], gold, s * 0.06)
        c.circle(x - s * 0.36, b - s * 0.76, s * 0.09, gold)
    elif kind == "cock":
        c.line([(x, y), (x, y - s * 0.35)], rod, 3)
        b = y - s * 0.35
        c.ellipse(x, b - s * 0.2, s * 0.26, s * 0.16, gold)
        c.circle(x + s * 0.22, b - s * 0.42, s * 0.1, gold)
        c.poly([(x - s * 0.2, b - s * 0.22), (x - s * 0.45, b - s * 0.6), (x - s * 0.3, b - s * 0.15)],
               gold)                                                   # tail
        c.poly([(x + s * 0.3, b - s * 0.44), (x + s * 0.42, b - s * 0.4), (x + s * 0.3, b - s * 0.36)],
               gold)
    elif kind == "rider":  # Abbeville: the Count of Ponthieu on horseback
        c.line([(x, y), (x, y - s * 0.3)], rod, 3)
        b = y - s * 0.3
        c.ellipse(x, b - s * 0.3, s * 0.32, s * 0.13, gold)             # horse body
        c.poly([(x + s * 0.22, b - s * 0.35), (x + s * 0.42, b - s * 0.62), (x + s * 0.5, b - s * 0.52),
                (x + s * 0.32, b - s * 0.28)], gold)                   # neck and head
        for lx in (-0.24, -0.12, 0.14, 0.24):
            c.line([(x + s * lx, b - s * 0.25), (x + s * lx, b)], gold, s * 0.06)
        c.rect(x - s * 0.06, b - s * 0.7, x + s * 0.06, b - s * 0.38, gold)    # rider
        c.circle(x, b - s * 0.78, s * 0.08, gold)
        c.line([(x + s * 0.04, b - s * 0.6), (x + s * 0.3, b - s * 0.95)], gold, s * 0.04)
    elif kind == "flag":
        flag_vane(c, x, y, s * 0.8, gold)
    else:  # plain vane: rod, ball and arrow
        c.line([(x, y), (x, y - s)], rod, 3)
        c.circle(x, y - s * 0.45, s * 0.08, gold)
        c.poly([(x - s * 0.4, y - s * 0.78), (x + s * 0.3, y - s * 0.78), (x + s * 0.3, y - s * 0.86),
                (x + s * 0.45, y - s * 0.74), (x + s * 0.3, y - s * 0.62), (x + s * 0.3, y - s * 0.7),
                (x - s * 0.4, y - s * 0.7)], gold)


def tower_shaft(c, art, cx, tw, y0, ground, stone, trim, dark):
    """The body of the tower, from y0 (top of the shaft) down to the ground."""
    x0, x1 = cx - tw / 2, cx + tw / 2
    sh = ground - y0
    buttress = art.get("buttress")
    if buttress == "flat":  # Abbeville: broad flat buttresses at the corners and mid-faces
        for bx in (x0 - 8, cx - 9, x1 - 10):
            c.rect(bx, y0 + 14, bx + 18, ground, darker(stone, 0.06))
    elif buttress:  # corner buttresses stepping back up to a fraction of the height
        top = ground - sh * buttress
        for side in (-1, 1):
            bx = x0 if side < 0 else x1
            for k in range(3):
                yb = ground - (ground - top) * k / 3
                yt = ground - (ground - top) * (k + 1) / 3
                depth = 20 - k * 6
                c.rect(min(bx, bx + side * depth), yt + 8, max(bx, bx + side * depth), yb,
                       darker(stone, 0.08))
                c.poly([(bx + side * depth, yt + 8), (bx, yt - 6), (bx, yt + 8)],
                       darker(stone, 0.18))
    c.rect(x0, y0, x1, ground, stone)
    c.rect(x1 - tw * 0.16, y0, x1, ground, darker(stone, 0.09))          # shadow side
    if art.get("sandstone_base"):
        c.rect(x0, ground - sh * 0.22, x1, ground, trim)
    for k in range(1, art.get("courses", 4) + 1):
        cornice(c, x0, x1, y0 + sh * k / (art.get("courses", 4) + 1), trim, 3)
    quoins = art.get("quoins")
    if quoins:
        q = 22 if quoins != "bossage" else 16
        for i, yy in enumerate(range(int(y0), int(ground), q)):
            w = tw * (0.16 if i % 2 else 0.09)
            col = trim if quoins != "bossage" else (trim if i % 2 == 0 else darker(trim, 0.08))
            c.rect(x0, yy, x0 + w, yy + q * 0.55, col)
            c.rect(x1 - w, yy, x1, yy + q * 0.55, darker(col, 0.06))
            if quoins == "bossage" and i % 2 == 0:  # bands of stone across the brick
                c.rect(x0, yy, x1, yy + q * 0.32, mix(col, stone, 0.25))
    windows = art.get("windows", "arch")
    wy0, wy1 = y0 + sh * 0.12, ground - max(sh * 0.3, 110)
    ww = tw * 0.18
    if windows in ("arch", "lancet"):
        window_column(c, cx - ww / 2, cx + ww / 2, wy0, wy1, dark, windows, rows=2)
    elif windows == "mullion":
        rows = 3
        h = (wy1 - wy0) / rows
        for r in range(rows):
            ty = wy0 + r * h + 8
            for dx in (-1, 1):
                c.rect(cx + dx * tw * 0.05 - tw * 0.07, ty, cx + dx * tw * 0.05 + tw * 0.07, ty + h - 22,
                       dark)
            c.rect(cx - 2, ty, cx + 2, ty + h - 22, trim)
            c.rect(cx - tw * 0.13, ty + (h - 22) * 0.4, cx + tw * 0.13, ty + (h - 22) * 0.4 + 4, trim)
    elif windows == "slit":
        for r in range(4):
            ty = wy0 + r * (wy1 - wy0) / 4
            c.rect(cx - 3, ty, cx + 3, ty + 30, dark)
    elif windows == "walled":  # Doullens: the five first-floor windows were walled up
        for i in range(3):
            wx = cx - tw * 0.3 + i * tw * 0.22
            c.rect(wx, ground - sh * 0.55, wx + tw * 0.16, ground - sh * 0.4, darker(stone, 0.2))
    base = art.get("base", "door")
    if base == "door":
        c.arch(cx - tw * 0.14, ground - 80, cx + tw * 0.14, ground, "#4b3a2c")
    elif base == "porch":  # round-arched bays at street level
        n = 3
        bw = tw * 0.8 / (n * 1.35)
        for i in range(n):
            bx = cx - tw * 0.4 + bw * 0.175 + i * bw * 1.35
            c.arch(bx, ground - 100, bx + bw, ground, "#4b3a2c")
    elif base == "gate":  # Lucheux: the road runs through a pointed passage
        gw = tw * 0.56
        c.lancet(cx - gw / 2 - 8, ground - sh * 0.5 - 8, cx + gw / 2 + 8, ground, trim)
        c.lancet(cx - gw / 2, ground - sh * 0.5, cx + gw / 2, ground, "#3c3a38")
        c.poly([(cx - gw / 2, ground), (cx - gw * 0.3, ground - sh * 0.16),
                (cx + gw * 0.3, ground - sh * 0.16), (cx + gw / 2, ground)], "#8f8a80")
    ivy = art.get("ivy")
    if ivy:  # Loos: Virginia creeper over the first two storeys
        rng = random.Random("ivy:" + str(tw))
        for _ in range(160):
            vx = rng.uniform(x0 - 6, x1 + 6)
            vy = ground - rng.uniform(0, sh * ivy) ** 1.0
            c.circle(vx, vy, rng.uniform(6, 12), rng.choice(["#3f7d3a", "#4d8f3f", "#356b33", "#6a9a3c"]))
    turret = art.get("stair_turret")
    if turret:  # a polygonal stair turret against one side, up to near the top
        tx = x0 - 8 if turret == "left" else x1 + 8
        tt = y0 + sh * 0.08
        c.rect(tx - 16, tt, tx + 16, ground, darker(stone, 0.04))
        c.rect(tx + (6 if turret == "left" else -16), tt, tx + (16 if turret == "left" else -6), ground,
               darker(stone, 0.14))
        for k in range(4):
            c.rect(tx - 2, tt + 40 + k * 90, tx + 2, tt + 62 + k * 90, dark)
        c.poly([(tx - 19, tt), (tx, tt - 40), (tx + 19, tt)], art["roof"])
    if art.get("sundial"):
        c.rect(cx - tw * 0.13, y0 + sh * 0.18, cx + tw * 0.13, y0 + sh * 0.36, lighter(stone, 0.3))
        c.line([(cx, y0 + sh * 0.2), (cx, y0 + sh * 0.34)], "#3b3b3b", 2)
        for k in range(5):
            c.line([(cx, y0 + sh * 0.2), (cx - tw * 0.12 + k * tw * 0.06, y0 + sh * 0.35)], "#7b6f5a", 1.2)


def tower_parapet(c, kind, x0, x1, y, stone, trim):
    if kind == "balustrade":
        c.rect(x0 - 6, y - 4, x1 + 6, y + 4, trim)
        c.rect(x0 - 6, y - 24, x1 + 6, y - 19, trim)
        for i in range(int((x1 - x0 + 12) // 9)):
            bx = x0 - 4 + i * 9
            c.rect(bx, y - 19, bx + 4, y - 4, trim)
    elif kind == "iron":  # Gravelines: a wrought-iron grille as balcony
        c.rect(x0 - 10, y - 3, x1 + 10, y + 5, trim)
        c.rect(x0 - 10, y - 24, x1 + 10, y - 21, "#2e2e2e")
        for i in range(int((x1 - x0 + 20) // 7)):
            c.rect(x0 - 9 + i * 7, y - 21, x0 - 8 + i * 7, y - 3, "#2e2e2e")
    elif kind == "crenel":
        c.rect(x0 - 6, y - 14, x1 + 6, y + 4, stone)
        for i in range(int((x1 - x0 + 12) // 16) + 1):
            mx = x0 - 6 + i * 16
            c.rect(mx, y - 28, min(mx + 9, x1 + 6), y - 14, stone)
    elif kind == "plain":
        c.rect(x0 - 5, y - 16, x1 + 5, y + 4, stone)
        c.rect(x0 - 5, y - 18, x1 + 5, y - 14, trim)


def top_keep(c, art, cx, tw, y0, apex, stone, trim, roof, gold, dark):
    """Keep-like towers: machicolations, corner turrets, then a campanile, a lantern and spire
    (Loos) or an octagonal clock storey (Boulogne)."""
    x0, x1 = cx - tw / 2, cx + tw / 2
    h = y0 - apex
    if art.get("clock_in_body"):
        clock(c, cx, y0 + 48, tw * 0.17, "#f5eedb", trim)
    # machicolations: corbels under an overhanging parapet
    c.rect(x0 - 8, y0 - 30, x1 + 8, y0, stone)
    for i in range(int((tw + 10) // 13)):
        bx = x0 - 4 + i * 13
        c.rect(bx, y0, bx + 7, y0 + 14, darker(stone, 0.18))
    c.rect(x0 - 8, y0 - 4, x1 + 8, y0, trim)
    for i in range(int((tw + 16) // 17) + 1):
        mx = x0 - 8 + i * 17
        c.rect(mx, y0 - 44, min(mx + 10, x1 + 8), y0 - 30, stone)
    if art.get("echauguettes", True):
        r = max(11, tw * 0.09)
        for px in (x0 - 4, x1 + 4):
            c.rect(px - r, y0 - 70, px + r, y0 + 4, stone)
            c.poly([(px - r, y0 + 4), (px, y0 + 30), (px + r, y0 + 4)], darker(stone, 0.1))
            c.rect(px - 2, y0 - 52, px + 2, y0 - 30, dark)
            c.poly([(px - r - 4, y0 - 70), (px, y0 - 70 - r * 3.2), (px + r + 4, y0 - 70)], roof)
    upper = art.get("upper", "campanile")
    base = y0 - 44
    if upper == "campanile":  # Armentières: clock stage, ogee slate roof, lantern, spire
        sw = tw * 0.62
        s_top = base - h * 0.22
        c.rect(cx - sw / 2, s_top, cx + sw / 2, base + 2, stone)
        c.rect(cx + sw * 0.3, s_top, cx + sw / 2, base + 2, darker(stone, 0.09))
        clock(c, cx, (s_top + base) / 2, sw * 0.27, "#f5eedb", trim)
        cornice(c, cx - sw / 2, cx + sw / 2, s_top, trim, 6)
        r_top = s_top - h * 0.34
        bell_roof(c, cx, s_top, sw * 0.98, h * 0.34, roof)
        l_top = r_top + h * 0.06 - h * 0.12
        c.rect(cx - sw * 0.14, l_top, cx + sw * 0.14, r_top + h * 0.08, trim)
        c.arch(cx - sw * 0.07, l_top + 6, cx + sw * 0.07, r_top + h * 0.07, dark)
        c.poly([(cx - sw * 0.2, l_top), (cx, apex + 30), (cx + sw * 0.2, l_top)], roof)
        finial(c, art.get("finial", "vane"), cx, apex + 30, 28, gold)
        if art.get("breteche"):  # an oriel on the square side, halfway up
            by = y0 + (680 - y0) * 0.42
            c.rect(cx - tw * 0.22, by, cx + tw * 0.22, by + 44, trim)
            c.poly([(cx - tw * 0.22, by + 44), (cx, by + 70), (cx + tw * 0.22, by + 44)], trim)
            c.rect(cx - tw * 0.16, by + 8, cx + tw * 0.16, by + 36, dark)
            c.rect(cx - 2, by + 8, cx + 2, by + 36, trim)
    elif upper == "lantern_spire":  # Loos: lantern, slate roof, spirelet
        lw = tw * 0.46
        l_top = base - h * 0.2
        c.rect(cx - lw / 2, l_top, cx + lw / 2, base + 2, stone)
        for i in range(2):
            ax = cx - lw * 0.32 + i * lw * 0.38
            c.arch(ax, l_top + 10, ax + lw * 0.26, base - 6, dark)
        cornice(c, cx - lw / 2, cx + lw / 2, l_top, trim, 5)
        r_top = l_top - h * 0.28
        c.poly([(cx - lw * 0.62, l_top), (cx - lw * 0.12, r_top), (cx + lw * 0.12, r_top),
                (cx + lw * 0.62, l_top)], roof)
        c.rect(cx - lw * 0.12, r_top - h * 0.1, cx + lw * 0.12, r_top + 2, trim)
        c.poly([(cx - lw * 0.18, r_top - h * 0.1), (cx, apex + 26), (cx + lw * 0.18, r_top - h * 0.1)],
               roof)
        finial(c, art.get("finial", "vane"), cx, apex + 26, 26, gold)
    else:  # octagon — Boulogne: an octagonal clock storey with a low slate cap
        ow = tw * 0.66
        o_top = base - h * 0.38
        octagon(c, cx, o_top, base + 2, ow, stone, darker(stone, 0.06))
        clock(c, cx, (o_top + base) / 2, ow * 0.2, "#f3ecd9", trim)
        cornice(c, cx - ow / 2, cx + ow / 2, o_top, trim, 5)
        half_dome(c, cx, o_top, ow * 1.02, h * 0.2, roof)
        c.rect(cx - 5, o_top - h * 0.3, cx + 5, o_top - h * 0.18, trim)
        finial(c, art.get("finial", "vane"), cx, o_top - h * 0.28, 30, gold)


def top_dome(c, art, cx, tw, y0, apex, stone, trim, roof, gold, dark):
    """Domed belfries: a campanile or an octagonal lantern under a dome (Amiens, Cambrai,
    Aire-sur-la-Lys, Gravelines, Hesdin)."""
    x0, x1 = cx - tw / 2, cx + tw / 2
    h = y0 - apex
    if art.get("mullions"):  # Hesdin: the storey below the balustrade, mullions and clocks
        c.rect(x0, y0, x1, y0 + 110, lighter(stone, 0.05))
        for dx in (-0.22, 0.22):
            wx = cx + tw * dx
            c.rect(wx - tw * 0.12, y0 + 40, wx + tw * 0.12, y0 + 100, dark)
            c.rect(wx - 2, y0 + 40, wx + 2, y0 + 100, trim)
            c.rect(wx - tw * 0.12, y0 + 62, wx + tw * 0.12, y0 + 66, trim)
        clock(c, cx, y0 + 24, tw * 0.12, "#f5eedb", trim)
        for i in range(7):
            c.arch(x0 + 4 + i * tw / 7, y0 + 2, x0 + tw / 7 - 2 + i * tw / 7, y0 + 12, trim)
    elif art.get("clock"):
        clock(c, cx, y0 + 46, tw * (0.2 if tw < 200 else 0.13), "#f5eedb", trim)
    if art.get("balustrade"):
        tower_parapet(c, "iron" if art["balustrade"] == "iron" else "balustrade", x0, x1, y0, stone,
                      trim)
    else:
        cornice(c, x0, x1, y0, trim, 9)
    stage = art.get("stage", "campanile")
    sw = tw * art.get("stage_w", {"campanile": 0.6, "octagon": 0.68, "octagon_slate": 0.58,
                                  "louvre": 0.56}[stage])
    base = y0 - (22 if art.get("balustrade") else 6)
    sh = h * {"campanile": 0.3, "octagon": 0.32, "octagon_slate": 0.34, "louvre": 0.24}[stage]
    s_top = base - sh
    if stage == "campanile":
        c.rect(cx - sw / 2, s_top, cx + sw / 2, base + 2, stone)
        c.rect(cx + sw * 0.3, s_top, cx + sw / 2, base + 2, darker(stone, 0.08))
        bell_openings(c, cx - sw * 0.46, cx + sw * 0.46, s_top + sh * 0.36, base - 8, 2, "#1f2a3c",
                      gold)
        clock(c, cx, s_top + sh * 0.2, sw * 0.12, "#f5eedb", trim)
        if art.get("consoles"):  # Amiens: big inverted consoles (volutes) at the foot
            for side in (-1, 1):
                vx = cx + side * sw / 2
                c.poly([(vx, base), (vx, base - sh * 0.6), (vx + side * sw * 0.22, base)], trim)
                c.circle(vx + side * sw * 0.2, base - 10, 10, trim)
                c.circle(vx + side * 4, base - sh * 0.6, 8, trim)
    elif stage in ("octagon", "louvre"):
        octagon(c, cx, s_top, base + 2, sw, stone, darker(stone, 0.06))
        if art.get("glazed"):  # Aire: the watchman’s room, eight large windows
            for wx in (cx - sw * 0.2, cx + sw * 0.04):
                c.arch(wx, s_top + sh * 0.14, wx + sw * 0.16, base - sh * 0.12, "#cfe3ea")
                c.rect(wx + sw * 0.075, s_top + sh * 0.14, wx + sw * 0.085, base - sh * 0.12, trim)
            for wx in (cx - sw * 0.45, cx + sw * 0.34):
                c.arch(wx, s_top + sh * 0.2, wx + sw * 0.11, base - sh * 0.16, "#b7ccd4")
        else:  # louvred openings
            c.arch(cx - sw * 0.18, s_top + sh * 0.15, cx + sw * 0.18, base - 8, dark)
            for k in range(5):
                ly = s_top + sh * 0.35 + k * (base - s_top - sh * 0.4) / 5
                c.rect(cx - sw * 0.18, ly, cx + sw * 0.18, ly + 3, darker(stone, 0.3))
        cornice(c, cx - sw / 2, cx + sw / 2, s_top, trim, 5)
    else:  # octagon_slate — Gravelines: a slate-clad lantern
        octagon(c, cx, s_top, base + 2, sw, roof, darker(roof, 0.1))
        for wx in (cx - sw * 0.14,):
            c.arch(wx, s_top + sh * 0.2, wx + sw * 0.28, base - sh * 0.18, "#1f2a3c")
        c.rect(cx - sw / 2 - 3, s_top - 4, cx + sw / 2 + 3, s_top + 4, trim)
    if art.get("statues"):  # Cambrai: four statues at the corners of the top platform
        statue = darker(stone, 0.32)
        for sx in (x0 + 9, x1 - 9):
            sy = y0 - 6
            c.rect(sx - 10, sy - 6, sx + 10, sy + 2, trim)                 # plinth
            c.poly([(sx - 9, sy - 6), (sx - 6, sy - 46), (sx + 6, sy - 46), (sx + 9, sy - 6)], statue)
            c.circle(sx, sy - 53, 7, statue)
            c.line([(sx + 6, sy - 40), (sx + 12, sy - 62)], statue, 3)  # spear / crossbow
    dome = art.get("dome", "round")
    dh = h * {"round": 0.24, "bulb": 0.36, "bell": 0.3}[dome]
    if dome == "round":
        half_dome(c, cx, s_top, sw * 1.04, dh, roof)
        d_top = s_top - dh
    elif dome == "bulb":  # Amiens: a tall bulbous dome
        onion(c, cx, s_top, sw * 1.15, dh, roof)
        d_top = s_top - dh * 0.82
    else:
        bell_roof(c, cx, s_top, sw * 1.05, dh, roof)
        d_top = s_top - dh * 0.8
    # an open lantern on the dome, then the finial
    lw = sw * 0.3
    l_top = d_top - h * 0.12
    if dome != "bell":
        c.rect(cx - lw / 2, l_top, cx + lw / 2, d_top + 6, trim)
        c.arch(cx - lw * 0.25, l_top + 5, cx + lw * 0.25, d_top + 2, dark)
        half_dome(c, cx, l_top, lw * 1.2, h * 0.06, roof)
        l_top -= h * 0.05
    else:
        l_top = d_top
    finial(c, art.get("finial", "vane"), cx, l_top, 32 if art.get("finial") in ("angel", "lion") else 26,
           gold)


def top_spire(c, art, cx, tw, y0, apex, stone, trim, roof, gold, dark):
    """Spired belfries: a parapet with pinnacles, corner turrets or pepper-pot turrets, an
    optional bell storey, then a pyramid, octagonal or onion spire (Bailleul, Dunkirk town hall,
    Abbeville, Lucheux, Rue, Saint-Riquier)."""
    x0, x1 = cx - tw / 2, cx + tw / 2
    h = y0 - apex
    if art.get("clock"):
        clock(c, cx, y0 + 44, tw * (0.16 if tw < 200 else 0.11), "#f5eedb", trim)
    parapet = art.get("parapet", "plain")
    tower_parapet(c, parapet, x0, x1, y0, stone, trim)
    if parapet == "none":
        cornice(c, x0, x1, y0, trim, 6)
    base = y0 - (20 if parapet in ("balustrade", "plain", "iron") else 4)
    if art.get("gargoyles"):
        for gx, d in ((x0 - 4, -1), (x1 + 4, 1)):
            c.poly([(gx, base + 6), (gx + d * 26, base + 2), (gx + d * 26, base + 10), (gx, base + 16)],
                   darker(stone, 0.2))
    stage = art.get("stage")
    sw = tw * 0.64
    if stage:  # a bell storey set back behind the parapet
        st = base - h * stage
        c.rect(cx - sw / 2, st, cx + sw / 2, base + 2, stone)
        c.rect(cx + sw * 0.3, st, cx + sw / 2, base + 2, darker(stone, 0.08))
        bell_openings(c, cx - sw * 0.45, cx + sw * 0.45, st + 10, base - 8, 2, "#1f2a3c", gold, "lancet")
        cornice(c, cx - sw / 2, cx + sw / 2, st, trim, 5)
        base = st
    spire = art.get("spire", "pyramid")
    spw = (sw if stage else tw) * art.get("spire_w", 1.0)
    sph = (base - apex - 30) * art.get("spire_h", 1.0)
    s_apex = base - sph
    if spire == "onion":  # Bailleul: onion, lantern, needle
        oh = sph * 0.42
        onion(c, cx, base, spw * 1.08, oh, roof)
        lt = base - oh * 0.86
        c.rect(cx - spw * 0.12, lt - sph * 0.16, cx + spw * 0.12, lt + 4, trim)
        c.arch(cx - spw * 0.06, lt - sph * 0.14, cx + spw * 0.06, lt, dark)
        onion(c, cx, lt - sph * 0.16, spw * 0.32, sph * 0.16, roof)
        c.poly([(cx - 5, lt - sph * 0.28), (cx, s_apex), (cx + 5, lt - sph * 0.28)], roof)
    elif spire == "octagonal":  # Dunkirk town hall: tall slate spire with a lantern gallery
        c.poly([(cx - spw * 0.5, base), (cx - spw * 0.1, s_apex + sph * 0.35),
                (cx + spw * 0.1, s_apex + sph * 0.35), (cx + spw * 0.5, base)], roof)
        c.poly([(cx, base), (cx + spw * 0.5, base), (cx + spw * 0.1, s_apex + sph * 0.35),
                (cx, s_apex + sph * 0.35)], darker(roof, 0.15))
        gy = s_apex + sph * 0.35
        c.rect(cx - spw * 0.16, gy - sph * 0.12, cx + spw * 0.16, gy + 4, trim)
        c.arch(cx - spw * 0.08, gy - sph * 0.1, cx + spw * 0.08, gy, dark)
        c.poly([(cx - spw * 0.18, gy - sph * 0.12), (cx, s_apex), (cx + spw * 0.18, gy - sph * 0.12)],
               roof)
        for k in range(3):  # dormers on the spire
            dy = base - sph * (0.12 + 0.1 * k)
            dwx = spw * (0.22 - 0.05 * k)
            c.rect(cx - dwx / 2, dy - 16, cx + dwx / 2, dy, trim)
            c.poly([(cx - dwx / 2 - 3, dy - 16), (cx, dy - 30), (cx + dwx / 2 + 3, dy - 16)], roof)
    else:  # pyramid, optionally with a clocheton (small lantern) on the ridge
        top = s_apex + (sph * 0.3 if art.get("clocheton") else 0)
        c.poly([(cx - spw / 2 - 6, base + 2), (cx - 4, top), (cx + 4, top), (cx + spw / 2 + 6, base + 2)],
               roof)
        c.poly([(cx, base + 2), (cx + spw / 2 + 6, base + 2), (cx + 4, top), (cx, top)], darker(roof, 0.15))
        if art.get("clocheton"):
            cw = max(22, spw * art.get("clocheton_w", 0.22))
            cy0 = top + sph * 0.04
            ch = sph * art.get("clocheton_h", 0.16)
            c.rect(cx - cw / 2, cy0 - ch, cx + cw / 2, cy0, trim)
            c.arch(cx - cw * 0.25, cy0 - ch * 0.85, cx + cw * 0.25, cy0 - 3, dark)
            if art["clocheton"] == "dome":  # a square bell turret under a little dome
                half_dome(c, cx, cy0 - ch, cw * 1.25, cw * 0.5, roof)
                s_apex = min(s_apex, cy0 - ch - cw * 0.5)
            else:
                c.poly([(cx - cw * 0.7, cy0 - ch), (cx, s_apex), (cx + cw * 0.7, cy0 - ch)], roof)
        if art.get("clock") and spire == "pyramid" and art.get("corners") == "echauguettes":
            clock(c, cx, base - sph * 0.2, spw * 0.12, "#f5eedb", trim)  # Rue: clocks on the roof
    corners = art.get("corners", "none")
    for px in (x0, x1):
        if corners == "pinnacles":
            pinnacle(c, px, base + 20, 16, h * 0.3, stone, roof)
        elif corners == "echauguettes":  # corbelled pepper-pot turrets
            r = max(12, tw * 0.09)
            c.rect(px - r, base - 50, px + r, base + 20, stone)
            c.poly([(px - r, base + 20), (px, base + 44), (px + r, base + 20)], darker(stone, 0.1))
            c.rect(px - 2, base - 36, px + 2, base - 14, dark)
            c.poly([(px - r - 4, base - 50), (px, base - 50 - r * 3), (px + r + 4, base - 50)], roof)
        elif corners == "turrets":  # Saint-Riquier: squat turrets with little domes
            r = max(14, tw * 0.08)
            c.rect(px - r, base - 36, px + r, base + 20, stone)
            c.rect(px - r, base - 38, px + r, base - 32, trim)
            half_dome(c, px, base - 38, r * 2.2, r * 1.1, roof)
            c.line([(px, base - 38 - r * 1.1), (px, base - 60 - r * 1.1)], "#4b4b4b", 2)
    finial(c, art.get("finial", "vane"), cx, s_apex + 2, 28, gold)


def top_comines(c, art, cx, tw, y0, apex, stone, trim, roof, gold, dark):
    """Comines: an egg-shaped slate bulb carrying four clocks, then two small lanterns."""
    h = y0 - apex
    cornice(c, cx - tw / 2, cx + tw / 2, y0, trim, 9)
    bw, bh = tw * 1.04, h * 0.44
    ey = y0 - bh * 0.36                                   # the egg is widest low down
    c.rect(cx - tw * 0.34, y0 - 14, cx + tw * 0.34, y0 + 2, roof)
    c.ellipse(cx, ey, bw / 2, bh * 0.36, roof)
    half_dome(c, cx, ey, bw, bh * 0.64, roof)
    c.ellipse(cx - bw * 0.24, ey - bh * 0.08, bw * 0.07, bh * 0.22, lighter(roof, 0.14))
    clock(c, cx, ey - bh * 0.04, bw * 0.15, "#f5eedb", trim)
    b_top = y0 - bh
    lw = tw * 0.34
    l1 = b_top - h * 0.14
    c.rect(cx - lw / 2, l1, cx + lw / 2, b_top + 10, trim)
    c.arch(cx - lw * 0.2, l1 + 6, cx + lw * 0.2, b_top + 4, dark)
    onion(c, cx, l1, lw * 1.25, h * 0.12, roof)
    l2b = l1 - h * 0.1
    l2 = l2b - h * 0.1
    c.rect(cx - lw * 0.3, l2, cx + lw * 0.3, l2b + 4, trim)
    c.arch(cx - lw * 0.12, l2 + 4, cx + lw * 0.12, l2b, dark)
    onion(c, cx, l2, lw * 0.75, h * 0.09, roof)
    c.poly([(cx - 4, l2 - h * 0.07), (cx, apex + 24), (cx + 4, l2 - h * 0.07)], roof)
    finial(c, art.get("finial", "vane"), cx, apex + 24, 24, gold)


def top_guerite(c, art, cx, tw, y0, apex, stone, trim, roof, gold, dark):
    """Doullens: an elongated slate-hung timber lookout, leaning a little."""
    h = y0 - apex
    lean = art.get("lean", 8)
    cornice(c, cx - tw / 2, cx + tw / 2, y0, trim, 8)
    gw = tw * 0.6
    g_top = y0 - h * 0.55
    c.poly([(cx - gw / 2, y0), (cx - gw / 2 + lean, g_top), (cx + gw / 2 + lean, g_top), (cx + gw / 2, y0)],
           roof)
    c.poly([(cx + gw * 0.2, y0), (cx + gw * 0.2 + lean, g_top), (cx + gw / 2 + lean, g_top),
            (cx + gw / 2, y0)], darker(roof, 0.14))
    for k in range(2):  # the watchman’s small windows
        fy = y0 - h * (0.18 + 0.2 * k)
        fx = cx + lean * (y0 - fy) / (y0 - g_top)
        c.rect(fx - gw * 0.12, fy - 22, fx + gw * 0.12, fy, dark)
    clock(c, cx + lean * 0.25, y0 - h * 0.08, gw * 0.16, "#f0e9dc", "#6b5f55")
    tx = cx + lean
    c.poly([(tx - gw * 0.58, g_top + 4), (tx, apex + 40), (tx + gw * 0.58, g_top + 4)], roof)
    c.poly([(tx, g_top + 4), (tx, apex + 40), (tx + gw * 0.58, g_top + 4)], darker(roof, 0.14))
    finial(c, art.get("finial", "vane"), tx, apex + 40, 26, gold)


TOWER_TOPS = {"keep": top_keep, "dome": top_dome, "spire": top_spire, "comines": top_comines,
              "guerite": top_guerite}


def front_hall(c, kind, art, tx0, tx1, ground, total):
    """Buildings standing in front of the foot of the tower."""
    if kind == "breteche_hall":  # Hesdin: the town hall and its Renaissance porch (1629)
        brick, stone = "#a9523c", "#e2d8c2"
        h = total * 0.3
        x0, x1 = 60, W - 60
        c.rect(x0, ground - h, x1, ground, brick)
        c.poly([(x0 - 10, ground - h), (x0 + 40, ground - h - 70), (x1 - 40, ground - h - 70),
                (x1 + 10, ground - h)], "#3b4757")
        for i in range(9):
            wx = x0 + 40 + i * (x1 - x0 - 80) / 9
            if abs(wx + 20 - W / 2) < 130:
                continue
            c.rect(wx, ground - h * 0.8, wx + 36, ground - h * 0.52, "#f1e4c0")
            c.rect(wx - 4, ground - h * 0.84, wx + 40, ground - h * 0.8, stone)
            c.rect(wx, ground - h * 0.4, wx + 36, ground - h * 0.12, "#f1e4c0")
            c.poly([(wx + 4, ground - h - 6), (wx + 18, ground - h - 44), (wx + 32, ground - h - 6)], stone)
        cx = W / 2
        bw, carve = 200, "#c9bb98"
        top = ground - h - 30
        c.rect(cx - bw / 2, top, cx + bw / 2, ground, stone)                 # the bretèche
        for dx in (-bw / 2, -bw / 2 + 40, bw / 2 - 52, bw / 2 - 12):     # pilasters
            c.rect(cx + dx, top, cx + dx + 12, ground, carve)
        c.arch(cx - 40, ground - h * 0.55, cx + 40, ground, "#4b3a2c")
        by = ground - h * 0.58                                             # balcony
        c.rect(cx - bw / 2 - 14, by, cx + bw / 2 + 14, by + 12, carve)
        for i in range(10):
            c.rect(cx - bw / 2 - 10 + i * 24, by - 24, cx - bw / 2 - 4 + i * 24, by, carve)
        c.rect(cx - bw / 2 - 14, by - 28, cx + bw / 2 + 14, by - 23, carve)
        c.arch(cx - 34, top + 24, cx + 34, by - 30, "#7d8a99")
        c.rect(cx - 2, top + 30, cx + 2, by - 30, carve)
        c.pie(cx, top + 2, bw * 0.42, 180, 360, stone)                    # crowning arch
        c.ring(cx, top + 2, bw * 0.42, 5, carve)
        c.circle(cx, top - 30, 22, carve)                                  # the arms of Spain
        c.circle(cx, top - 30, 15, "#c9a23b")
    elif kind == "classic_hall":  # Aire-sur-la-Lys: the classical town hall on the Grand-Place
        wall, stone = "#e8dcc0", "#f4ecd8"
        h = total * 0.3
        x0, x1 = 40, W - 40
        c.rect(x0, ground - h, x1, ground, wall)
        c.poly([(x0 - 8, ground - h), (x0 + 30, ground - h - 60), (x1 - 30, ground - h - 60),
                (x1 + 8, ground - h)], "#3b4757")
        for i in range(int((x1 - x0 - 60) // 62) + 1):
            wx = x0 + 30 + i * 62
            if wx + 34 > x1 - 20:
                break
            c.rect(wx, ground - h * 0.82, wx + 34, ground - h * 0.5, "#5d6f85")
            c.rect(wx - 3, ground - h * 0.86, wx + 37, ground - h * 0.82, stone)
            c.arch(wx - 4, ground - h * 0.38, wx + 38, ground, "#8b7e66")
            c.poly([(wx + 6, ground - h - 8), (wx + 17, ground - h - 38), (wx + 28, ground - h - 8)], stone)
        cx = W / 2  # central pediment
        c.rect(cx - 120, ground - h - 10, cx + 120, ground, stone)
        c.poly([(cx - 136, ground - h - 10), (cx, ground - h - 80), (cx + 136, ground - h - 10)], stone)
        c.circle(cx, ground - h - 38, 16, "#c9a23b")
        for dx in (-100, -40, 28, 88):
            c.rect(cx + dx, ground - h + 10, cx + dx + 12, ground, "#ddd0b2")
        c.arch(cx - 30, ground - 120, cx + 30, ground, "#4b3a2c")


def draw_tower(c, art, cx, tw, shaft_top, ground, total, stone, trim, roof, gold, dark):
    """A whole tower for the tops of TOWER_TOPS; draw_belfry calls it after the houses."""
    tower_shaft(c, art, cx, tw, shaft_top, ground, stone, trim, dark)
    TOWER_TOPS[art["top"]](c, art, cx, tw, shaft_top, ground - total, stone, trim, roof, gold, dark)
    if art.get("front"):
        front_hall(c, art["front"], art, cx - tw / 2, cx + tw / 2, ground, total)


# --- the surroundings of these towers ---------------------------------------------------------

VILLAGE_PALETTES = {
    # walls, roofs
    "chalk": (["#efe8d8", "#e6dcc6", "#f3ecdc", "#dcd2bd"], ["#9b4f3a", "#6d6a70", "#a55a3f"]),
    "brick": (["#b5563f", "#c2694a", "#a84c37", "#cf8a63"], ["#5b5f68", "#4a4f59", "#7c4a3a"]),
    "yellow": (["#e2c98e", "#d9bb78", "#ead7a6", "#cfae6c"], ["#56606c", "#8f4d38", "#4b5361"]),
}


def backdrop(c, art, ground):
    """A landmark in the distance, behind the houses."""
    kind = art.get("backdrop")
    if not kind:
        return
    col = mix(SKIES[art["sky"]][1], "#6e7585", 0.42)
    edge = darker(col, 0.08)
    if kind == "cathedral":  # Amiens: long nave, slender crossing spire, west towers
        x = 930
        c.rect(x - 170, ground - 300, x + 240, ground, col)
        c.poly([(x - 175, ground - 300), (x - 150, ground - 350), (x + 220, ground - 350),
                (x + 245, ground - 300)], edge)
        c.rect(x - 14, ground - 400, x + 14, ground - 340, col)
        c.poly([(x - 16, ground - 400), (x, ground - 590), (x + 16, ground - 400)], col)
        for tx in (x - 230, x - 175):
            c.rect(tx, ground - 420, tx + 52, ground, col)
        c.rect(x - 230, ground - 330, x - 123, ground, col)
        c.circle(x - 177, ground - 280, 26, lighter(col, 0.18))
        for k in range(6):
            bx = x - 110 + k * 60
            c.poly([(bx, ground - 300), (bx + 34, ground - 250), (bx + 40, ground - 250)], edge)
    elif kind == "collegiate":  # Abbeville: Saint-Vulfran’s twin flamboyant towers
        x = 960
        c.rect(x - 60, ground - 330, x + 230, ground, col)
        c.poly([(x - 60, ground - 330), (x - 40, ground - 380), (x + 210, ground - 380),
                (x + 230, ground - 330)], edge)
        for tx in (x - 150, x - 70):
            c.rect(tx, ground - 470, tx + 60, ground, col)
            for k in range(3):
                pinnacle(c, tx + 10 + k * 20, ground - 470, 8, 40, col, col)
        c.rect(x - 150, ground - 380, x - 10, ground, col)
        c.lancet(x - 110, ground - 360, x - 50, ground - 240, lighter(col, 0.15))
    elif kind == "abbey":  # Saint-Riquier: the abbey church and its great west tower
        x = 920
        c.rect(x - 40, ground - 290, x + 260, ground, col)
        c.poly([(x - 40, ground - 290), (x - 20, ground - 340), (x + 240, ground - 340),
                (x + 260, ground - 290)], edge)
        c.rect(x - 130, ground - 450, x - 20, ground, col)
        for k in range(4):
            pinnacle(c, x - 124 + k * 32, ground - 450, 10, 46, col, col)
        c.lancet(x - 100, ground - 420, x - 50, ground - 300, lighter(col, 0.15))
    elif kind == "basilica_dome":  # Boulogne: the dome of Notre-Dame above the ramparts
        x = 1010
        c.rect(x - 130, ground - 230, x + 130, ground, col)
        c.rect(x - 48, ground - 310, x + 48, ground - 225, col)
        for k in range(5):
            c.rect(x - 40 + k * 18, ground - 300, x - 34 + k * 18, ground - 240, lighter(col, 0.12))
        half_dome(c, x, ground - 310, 116, 84, edge)
        c.rect(x - 11, ground - 424, x + 11, ground - 390, col)
        half_dome(c, x, ground - 424, 28, 16, edge)
        c.line([(x, ground - 440), (x, ground - 466)], edge, 3)
    elif kind == "ramparts":  # Gravelines: brick ramparts and their grassy slope
        c.poly([(0, ground - 196), (W, ground - 206), (W, ground), (0, ground)], "#8fae6a")
        c.poly([(0, ground - 176), (W, ground - 186), (W, ground), (0, ground)], mix(col, "#b9764e", 0.55))
        for k in range(1, 4):
            c.line([(0, ground - 176 + k * 12), (W, ground - 186 + k * 12)], mix(col, "#9a5f3e", 0.5), 2)
        for tx in range(40, W, 150):
            tree(c, tx, ground - 196, 70, mix(col, "#4f7f3c", 0.55), mix(col, "#6b4a2f", 0.5))
    elif kind == "castle":  # Lucheux: the castle of the counts of Saint-Pol on its hill
        hills(c, ground - 150, 40, mix(col, "#7fa35f", 0.5), 1.2, 1.3)
        x = 980
        c.rect(x - 90, ground - 330, x + 80, ground - 180, col)
        for tx in (x - 110, x + 70):
            c.rect(tx, ground - 370, tx + 44, ground - 180, col)
            c.poly([(tx - 4, ground - 370), (tx + 22, ground - 410), (tx + 48, ground - 370)], edge)


def houses_civic(c, ground, tx0, tx1, art, total):
    """Town hall wings on one or both sides of the tower, with gables along the roofline."""
    backdrop(c, art, ground)
    hall = art.get("hall", art["stone"])
    trim = art.get("hall_trim", art["trim"])
    roof = art["roof"]
    h = total * art.get("hall_h", 0.3)
    gables = art.get("gables", "stepped")
    win = art.get("hall_windows", "rect")
    sides = art.get("hall_sides", "both")
    span = art.get("hall_span", W)
    spans = []
    if sides in ("both", "left"):
        spans.append((max(-10, tx0 - span), tx0 + 2))
    if sides in ("both", "right"):
        spans.append((tx1 - 2, min(W + 10, tx1 + span)))
    for x0, x1 in spans:
        top = ground - h
        if gables == "hipped":
            c.poly([(x0 - 6, top), (x0 + 30, top - 60), (x1 - 30, top - 60), (x1 + 6, top)], roof)
            for i in range(int((x1 - x0) // 90)):
                dx = x0 + 40 + i * 90
                c.rect(dx, top - 40, dx + 24, top, trim)
                c.poly([(dx - 3, top - 40), (dx + 12, top - 56), (dx + 27, top - 40)], roof)
        c.rect(x0, top, x1, ground, hall)
        c.rect(x0, top - 4, x1, top + 6, trim)
        if gables != "hipped":
            n = max(1, round((x1 - x0) / 120))
            gw = (x1 - x0) / n
            for i in range(n):
                gx0 = x0 + i * gw + gw * 0.1
                gx1 = x0 + (i + 1) * gw - gw * 0.1
                w = gx1 - gx0
                if gables == "stepped":
                    for k in range(4):
                        inset = w * 0.1 * (k + 1)
                        c.rect(gx0 + inset, top - 16 * (k + 1), gx1 - inset, top + 1, hall)
                elif gables == "pointed":
                    c.poly([(gx0, top + 1), ((gx0 + gx1) / 2, top - w * 0.6), (gx1, top + 1)], hall)
                    c.lancet((gx0 + gx1) / 2 - 8, top - w * 0.35, (gx0 + gx1) / 2 + 8, top - 4,
                             darker(hall, 0.35))
                else:  # curved gables: round top and scrolled shoulders
                    mid, bw2, gh = (gx0 + gx1) / 2, w * 0.38, w * 0.72
                    c.rect(mid - bw2 / 2, top - gh, mid + bw2 / 2, top + 1, hall)
                    c.circle(mid, top - gh, bw2 / 2, hall)
                    c.pie(mid - bw2 / 2, top + 1, w * 0.3, 180, 270, hall)
                    c.pie(mid + bw2 / 2, top + 1, w * 0.3, 270, 360, hall)
                    c.circle(mid, top - gh - bw2 / 2 - 5, 5, trim)
                    for sx in (mid - bw2 / 2 - w * 0.3, mid + bw2 / 2 + w * 0.3):
                        c.circle(sx, top - 4, 5, trim)
                    c.arch(mid - 8, top - gh * 0.95, mid + 8, top - gh * 0.3, darker(hall, 0.35))
        for i in range(int((x1 - x0) // 60) + 1):
            wx = x0 + 18 + i * 60
            if wx + 28 > x1 - 8:
                break
            for wy0, wy1 in ((top + h * 0.14, top + h * 0.42), (top + h * 0.55, top + h * 0.85)):
                if win == "lancet":
                    c.lancet(wx, wy0, wx + 26, wy1, "#50627a")
                else:
                    c.rect(wx, wy0, wx + 26, wy1, "#f1e3b8")
                    c.rect(wx + 11, wy0, wx + 15, wy1, trim)
        c.rect(x0, ground - 14, x1, ground, darker(hall, 0.12))


def houses_village(c, ground, tx0, tx1, art, total):
    """Low houses with pitched roofs, gardens and trees on both sides of the tower."""
    backdrop(c, art, ground)
    walls, roofs = VILLAGE_PALETTES[art.get("palette", "chalk")]
    rng = c.rng
    for side in (-1, 1):
        x = tx0 - 6 if side < 0 else tx1 + 6
        i = 0
        while (x > -100) if side < 0 else (x < W + 100):
            if rng.random() < 0.18:  # a garden with a tree
                w = rng.uniform(60, 90)
                tree(c, x + side * w / 2, ground, rng.uniform(90, 130), rng.choice(["#5d8f45", "#4f7f3c"]))
                x += side * w
                continue
            w = rng.uniform(100, 150)
            h = rng.uniform(80, 125)
            x0, x1 = (x - w, x) if side < 0 else (x, x + w)
            wall = walls[i % len(walls)]
            roofc = roofs[(i * 7 + 1) % len(roofs)]
            c.rect(x0, ground - h, x1, ground, wall)
            c.poly([(x0 - 6, ground - h), (x0 + w * 0.18, ground - h - 52), (x1 - w * 0.18, ground - h - 52),
                    (x1 + 6, ground - h)], roofc)
            if rng.random() < 0.6:
                c.rect(x0 + w * 0.6, ground - h - 70, x0 + w * 0.68, ground - h - 30, darker(wall, 0.25))
            for k in range(2 if w < 125 else 3):
                wx = x0 + w * (0.14 + 0.3 * k)
                c.rect(wx, ground - h + 18, wx + w * 0.16, ground - h + 48, "#516277")
                c.rect(wx, ground - h * 0.45, wx + w * 0.16, ground - h * 0.45 + 30, "#516277")
            c.rect(x0 + w * 0.42, ground - 46, x0 + w * 0.58, ground, darker(wall, 0.4))
            x = x0 - 3 if side < 0 else x1 + 3
            i += 1


EXTRA_HOUSES = {"civic": houses_civic, "village": houses_village}


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
    # events added with the 2026-2027 calendar (posters poster_e_*)
    "cassel": ("#e8f0f7", "#7a2c2c", "#1f4e79", "#f2b134", "#3b8f4a"),
    "bailleul": ("#3b1d5e", "#f2b134", "#e84e8a", "#36b3a8", "#f26b3a"),
    "christmas_green": ("#1f5a3a", "#f5e6c8", "#0f3d24", "#f2c94c", "#c0392b"),
    "series": ("#1a1033", "#f2c94c", "#e84e8a", "#e6e6e6", "#3a2f55"),
    "kites": ("#e84e3c", "#f2b134", "#2f9c95", "#e84e8a", "#ffffff"),
    "enduro": ("#f26b1d", "#1f4e79", "#e8d3a2", "#cdb98a", "#ffffff"),
    "cycling": ("#1f3b57", "#c0392b", "#c9c4b8", "#f2b134", "#8f8a80"),
    "cycling_pink": ("#1f3b57", "#e84e8a", "#c9c4b8", "#2f8f83", "#8f8a80"),
    "stage_night": ("#151a33", "#fff3b0", "#f2b134", "#0b0e1f", "#ffffff"),
    "stage_summer": ("#2b1d4a", "#ffd1e8", "#e84e8a", "#140d26", "#ffe9a8"),
    "jazz": ("#2a1410", "#ffd9a0", "#e0b04a", "#140a08", "#fff1d0"),
    "stage_secret": ("#0f2a2a", "#b8fff0", "#36b3a8", "#061414", "#ffffff"),
    "stage_beach": ("#2d2f6b", "#ffe2a0", "#f26b3a", "#3a2a1a", "#ffffff"),
    "heritage": ("#1f4e79", "#d9c7a3", "#7a4a2a", "#f2c94c", "#c0392b"),
    "museum_night": ("#16224a", "#9aa7b4", "#f7e3a1", "#f2c94c", "#2e2a33"),
    "andouille": ("#f5e6c8", "#d9b98a", "#5a3a2a", "#8a4b2a", "#c0392b"),
    "louches": ("#e3eef4", "#c9a67a", "#1f4e79", "#b9874f", "#1f4e79"),
    "berlouffes": ("#f6e3ea", "#c9b48a", "#7a3b8f", "#e84e8a", "#7a3b8f"),
    "herring": ("late", "#2d6a8f", "#8e8a80", "#f26b1d", "#7fa2b8"),
    "herring_night": ("night", "#1f3f5f", "#6f6c66", "#f26b1d", "#9ab7c9"),
    "market": ("#f6efe2", "#c0392b", "#3b8f4a", "#f2b134", "#1f4e79"),
    "carillon": ("#1c3552", "#c9b48a", "#d4a042", "#f5e6c8", "#3a4a5c"),
    "piano": ("#121a2e", "#2b2b2b", "#f4f1ea", "#6a2c91", "#f2c94c"),
    "art": ("#f4f1ea", "#e84e3c", "#2f9c95", "#f2b134", "#6a2c91"),
    "circus": ("#f5e6c8", "#c0392b", "#ffffff", "#f2b134", "#1f4e79"),
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
    if item["art"].get("float"):
        # Gargantua enthroned on his float, with the Bailleul carnival chars around
        for fx, fw, col in ((600, 300, teal), (170, 200, pink), (1030, 200, orange)):
            c.rect(fx - fw / 2, 660, fx + fw / 2, 720, col)
            for k in range(int(fw // 28)):
                c.circle(fx - fw / 2 + 14 + k * 28, 660, 13, cols[k % 4])
            for wx in (fx - fw / 3, fx + fw / 3):
                c.circle(wx, 728, 18, "#2b2b2b")
        giant(c, 600, 665, 230, "#7a2c2c", yellow, "hat")
        for x in (170, 1030):
            umbrella(c, x, 600, 70, [cols[(k + x) % 4] for k in range(6)])
    else:
        for x, y, r in ((130, 560, 120), (340, 620, 95), (860, 600, 110), (1080, 560, 125),
                        (600, 660, 80)):
            umbrella(c, x, y, r, [cols[(k + int(x)) % 4] for k in range(6)])
    # feathered hats of the carnival-goers
    for x in range(40, W, 90):
        y = 760 + (x % 3) * 8
        c.ellipse(x, y, 40, 30, cols[(x // 90) % 4])
        c.poly([(x - 10, y - 26), (x + 20, y - 90), (x + 14, y - 22)], cols[(x // 90 + 1) % 4])
    lines = item["art"].get("lines", ["CARNAVAL", "DE DUNKERQUE"])
    title_block(c, lines[0], 245, yellow, "#0f1638", size=160)
    title_block(c, lines[1], 380, "#ffffff", "#0f1638", size=96)


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
    if item["art"].get("giants") == "cassel":
        # Reuze Papa and Reuze Maman
        giant(c, 420, ground, 410, blue, yellow, "helmet")
        giant(c, 780, ground, 380, red, "#ffffff", "hat")
    else:
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
    title_block(c, item["art"].get("text", "FÊTES DE GAYANT"), 200, "#ffffff", red, size=120,
                subtitle=item["art"].get("subtitle", "DOUAI"), sub_colour=yellow)


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
    landmark = item["art"].get("landmark",
                               "arras" if item["art"].get("subtitle") == "ARRAS" else "gables")
    if landmark == "belfry":
        # the belfry of Béthune: a square stone tower, corner turrets and a pointed roof
        bx = 960
        c.rect(bx - 48, 400, bx + 48, ground, sil)
        for tx in (bx - 52, bx + 40):
            c.rect(tx, 360, tx + 12, 410, sil)
            c.poly([(tx - 4, 362), (tx + 6, 330), (tx + 16, 362)], sil)
        c.poly([(bx - 40, 402), (bx, 300), (bx + 40, 402)], sil)
        c.rect(bx - 2, 280, bx + 2, 302, sil)
        for k in range(4):
            c.rect(bx - 26, 440 + k * 62, bx - 10, 472 + k * 62, gold)
            c.rect(bx + 10, 440 + k * 62, bx + 26, 472 + k * 62, gold)
        c.circle(bx, 376, 12, gold)
        big_wheel(c, 230, 500, 150, cream, [accent, gold, green])
    elif landmark == "town_hall":
        # the town hall of Valenciennes: a long classical façade with a pediment
        c.rect(560, 470, 1160, ground, sil)
        c.poly([(760, 472), (860, 410), (960, 472)], sil)
        for k in range(8):
            c.rect(590 + k * 72, 510, 614 + k * 72, 560, gold)
            c.rect(590 + k * 72, 600, 614 + k * 72, 650, gold)
        big_wheel(c, 270, 500, 160, cream, [accent, gold, green])
    elif landmark == "arras":
        # the belfry of Arras, its lion catching the light, behind the market
        bx = 960
        c.rect(bx - 40, 490, bx + 40, ground, sil)
        c.rect(bx - 46, 480, bx + 46, 492, sil)
        c.rect(bx - 32, 420, bx + 32, 480, sil)
        onion(c, bx, 422, 70, 70, sil)
        c.rect(bx - 3, 310, bx + 3, 360, sil)
        lion(c, bx, 322, 26, gold)
        for k in range(4):
            c.rect(bx - 22, 520 + k * 60, bx - 8, 550 + k * 60, gold)
            c.rect(bx + 8, 520 + k * 60, bx + 22, 550 + k * 60, gold)
        c.lancet(bx - 14, 432, bx + 14, 472, gold)
        big_wheel(c, 230, 500, 150, cream, [accent, gold, green])
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
        big_wheel(c, 930, 500, 160, cream, [accent, gold, green])
    # string of lights
    pts = [(x, 410 + 30 * math.sin(math.pi * x / W)) for x in range(0, W + 1, 20)]
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
    title_block(c, item["art"]["text"], 215, "#ffffff", darker(bg, 0.45), size=120,
                subtitle=item["art"].get("subtitle"), sub_colour=gold)


TALL_W, TALL_H = 800, 1200


def poster_christmas_tall(c, item, pal):
    """A portrait Christmas market poster (800x1200): title on top, the town hall's pediment
    and the big wheel behind a row of chalets, a fir in front."""
    bg, cream, green, gold, accent = pal
    w, h = c.w, c.h
    c.rect(0, 0, w, h, bg)
    for _ in range(140):
        x, y = c.rng.uniform(0, w), c.rng.uniform(0, 900)
        c.circle(x, y, c.rng.choice([2, 3, 4]), "#ffffff")
    ground = 1010
    sil = darker(bg, 0.35)
    # the town hall of Valenciennes: a classical façade with a pediment
    c.rect(300, 700, 800, ground, sil)
    c.poly([(460, 702), (560, 630), (660, 702)], sil)
    for k in range(7):
        c.rect(320 + k * 68, 740, 342 + k * 68, 790, gold)
        c.rect(320 + k * 68, 840, 342 + k * 68, 890, gold)
    big_wheel(c, 190, 780, 130, cream, [accent, gold, green])
    pts = [(x, 600 + 26 * math.sin(math.pi * x / w)) for x in range(0, w + 1, 20)]
    c.line(pts, darker(bg, 0.4), 3)
    for i, (x, y) in enumerate(pts[::2]):
        c.circle(x, y + 8, 7, [gold, accent, "#9fe0ff", "#ffffff"][i % 4])
    c.rect(0, ground, w, h, "#f4f1ea")
    for i in range(4):
        chalet(c, 10 + i * 200, ground, 150, "#8a5a3b", "#c0392b", gold)
    fir(c, 400, ground + 150, 300, green, gold)
    for _ in range(70):
        x, y = c.rng.uniform(0, w), c.rng.uniform(ground + 10, h - 5)
        c.circle(x, y, 3, "#dcd6c8")
    # the title in the top third, as on a real poster: one word per line
    outline = darker(bg, 0.45)
    y = 150
    for word in item["art"]["text"].split():
        size = c.fit_text(word, 700, 124)
        c.text((w / 2 + 5, y + 6), word, size, darker(outline, 0.3))
        c.text((w / 2, y), word, size, "#ffffff", stroke=4, stroke_fill=outline)
        y += size * 1.05
    sub = item["art"].get("subtitle")
    if sub:
        c.text((w / 2, y + 10), sub, c.fit_text(sub, 700, 64), gold, stroke=3, stroke_fill=outline)


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
    lines = item["art"].get("lines", ["ARRAS", "FILM FESTIVAL"])
    title_block(c, lines[0], 225, yellow, red, size=150)
    title_block(c, lines[1], 350, "#ffffff", red, size=100)


# Posters of the events added to events.py. Each keeps its title in the middle of the picture
# (between y = 200 and 470) so that the kiosk's 3:2 or wider crops never cut it.

def poster_e_titles(c, item, y, colour, outline, sub_colour=None, size=118):
    art = item["art"]
    title_block(c, art["text"], y, colour, outline, size=size, subtitle=art.get("subtitle"),
                sub_colour=sub_colour or colour)


def poster_e_note(c, x, y, size, colour, double=False):
    """A quaver (or two beamed quavers) drawn from ellipses and lines."""
    heads = [(x, y)] + ([(x + size * 1.3, y - size * 0.35)] if double else [])
    for hx, hy in heads:
        c.ellipse(hx, hy, size * 0.42, size * 0.3, colour)
        c.line([(hx + size * 0.36, hy - size * 0.05), (hx + size * 0.36, hy - size * 1.6)], colour,
               max(2, size * 0.12))
    if double:
        x0, x1 = x + size * 0.36, x + size * 1.66
        c.poly([(x0, y - size * 1.6), (x1, y - size * 1.95), (x1, y - size * 1.7),
                (x0, y - size * 1.35)], colour)
    else:
        c.line([(x + size * 0.36, y - size * 1.6), (x + size * 0.9, y - size * 1.1)], colour,
               max(2, size * 0.12))


def poster_e_crowd(c, ground, colour, rng_hands=0.35, scale=1.0):
    """A row of spectators seen from behind, some with raised hands."""
    x = -20
    while x < W + 40:
        h = c.rng.uniform(70, 105) * scale
        c.circle(x, ground - h, 16 * scale, colour)
        c.poly([(x - 28 * scale, ground), (x - 22 * scale, ground - h + 18 * scale),
                (x + 22 * scale, ground - h + 18 * scale), (x + 28 * scale, ground)], colour)
        if c.rng.random() < rng_hands:
            side = c.rng.choice((-1, 1))
            c.line([(x + side * 16 * scale, ground - h + 24 * scale),
                    (x + side * 34 * scale, ground - h - 34 * scale)], colour, 9 * scale)
        x += c.rng.uniform(38, 52) * scale


def poster_e_kite_diamond(c, x, y, w, colours, tail=True, tilt=0.0):
    h = w * 1.35
    ca, sa = math.cos(tilt), math.sin(tilt)

    def rot(dx, dy):
        return (x + dx * ca - dy * sa, y + dx * sa + dy * ca)
    top, right, bottom, left = rot(0, -h * 0.35), rot(w / 2, 0), rot(0, h * 0.65), rot(-w / 2, 0)
    centre = rot(0, 0)
    c.poly([top, right, centre], colours[0])
    c.poly([right, bottom, centre], colours[1])
    c.poly([bottom, left, centre], colours[0])
    c.poly([left, top, centre], colours[1])
    if tail:
        pts = [bottom]
        for k in range(1, 9):
            pts.append((bottom[0] + 14 * math.sin(k * 1.3) - k * 4 * sa,
                        bottom[1] + k * h * 0.14))
        c.line(pts, "#3a3a3a", 2)
        for k in (3, 6):
            bx, by = pts[k]
            c.poly([(bx - 9, by - 5), (bx + 9, by + 5), (bx + 9, by - 5), (bx - 9, by + 5)],
                   colours[2])


def poster_e_kites(c, item, pal):
    red, yellow, teal, pink, white = pal
    sky(c, "sea_breeze", horizon=560)
    c.rect(0, 545, W, 590, "#5fa8c9")
    for i in range(8):
        c.rect(i * 160 + 20, 560 + (i % 2) * 8, i * 160 + 120, 562 + (i % 2) * 8, "#cfe8f2")
    c.rect(0, 590, W, H, "#ecd9aa")
    c.rect(0, 590, W, 600, "#dcc590")
    # a giant octopus kite (top right) and a manta ray (top left)
    ox, oy = 1010, 120
    c.ellipse(ox, oy, 70, 58, pink)
    c.circle(ox - 24, oy - 4, 10, white)
    c.circle(ox + 24, oy - 4, 10, white)
    c.circle(ox - 22, oy - 2, 4, "#2b2b2b")
    c.circle(ox + 26, oy - 2, 4, "#2b2b2b")
    for k in range(6):
        bx = ox - 55 + k * 22
        pts = [(bx + 14 * math.sin(t * 0.9 + k) * (t / 6), oy + 45 + t * 24) for t in range(0, 8)]
        c.line(pts, pink, 12 - k % 2 * 3)
    mx, my = 190, 120
    c.poly([(mx - 130, my + 10), (mx, my - 40), (mx + 130, my + 10), (mx, my + 40)], teal)
    c.poly([(mx - 40, my - 10), (mx, my - 40), (mx + 40, my - 10), (mx, my + 20)], darker(teal, 0.2))
    c.line([(mx, my + 40), (mx + 10, my + 110), (mx - 6, my + 160)], darker(teal, 0.3), 4)
    c.circle(mx - 18, my - 14, 5, white)
    c.circle(mx + 18, my - 14, 5, white)
    # diamond kites around the title area, strings down to the flyers on the beach
    kites = [(560, 95, 62, (red, yellow, teal), -0.15), (720, 150, 44, (teal, white, red), 0.2),
             (420, 170, 40, (yellow, red, pink), 0.1), (90, 520, 46, (pink, yellow, teal), -0.2),
             (1120, 470, 52, (yellow, teal, red), 0.25), (330, 520, 36, (red, white, yellow), 0.0),
             (880, 520, 40, (teal, yellow, pink), -0.1)]
    flyers = [180, 300, 420, 560, 700, 860, 1000]
    for (kx, ky, kw, cols, tilt), fx in zip(sorted(kites), flyers):
        c.line([(kx, ky + kw * 0.3), (fx, 690)], "#5a5a5a", 1.5)
    for kx, ky, kw, cols, tilt in kites:
        poster_e_kite_diamond(c, kx, ky, kw, cols, tilt=tilt)
    people(c, 718, flyers, [red, "#2e6da4", yellow, teal, pink, "#6b4a2f", red], 1.4)
    for x in (60, 640, 1150):
        c.rect(x - 3, 600, x + 3, 760, "#8a6f5a")
        c.poly([(x, 600), (x + 60, 615), (x, 630)], [red, yellow, teal][x % 3])
    poster_e_titles(c, item, 300, "#ffffff", "#1f4e79", sub_colour=yellow, size=120)


def poster_e_motorbike(c, x, ground, s, body, rider, spray):
    for k in range(26):
        c.circle(x - 90 * s - c.rng.uniform(0, 160) * s, ground - c.rng.uniform(0, 70) * s,
                 c.rng.uniform(4, 11) * s, spray)
    for wx in (x - 48 * s, x + 52 * s):
        c.circle(wx, ground - 24 * s, 26 * s, "#2b2b2b")
        c.circle(wx, ground - 24 * s, 11 * s, "#9a9a9a")
    c.poly([(x - 50 * s, ground - 40 * s), (x - 5 * s, ground - 58 * s), (x + 40 * s, ground - 62 * s),
            (x + 56 * s, ground - 44 * s), (x + 10 * s, ground - 34 * s)], body)
    c.line([(x + 40 * s, ground - 62 * s), (x + 52 * s, ground - 24 * s)], "#4a4a4a", 5 * s)
    c.poly([(x - 60 * s, ground - 52 * s), (x - 10 * s, ground - 64 * s), (x - 14 * s, ground - 54 * s),
            (x - 56 * s, ground - 44 * s)], darker(body, 0.2))
    # rider: leg, torso leaning forward, arms, helmet
    c.line([(x - 10 * s, ground - 64 * s), (x + 8 * s, ground - 42 * s), (x + 4 * s, ground - 30 * s)],
           rider, 11 * s)
    c.poly([(x - 22 * s, ground - 64 * s), (x - 4 * s, ground - 108 * s), (x + 14 * s, ground - 102 * s),
            (x + 2 * s, ground - 60 * s)], rider)
    c.line([(x + 6 * s, ground - 100 * s), (x + 38 * s, ground - 70 * s)], rider, 9 * s)
    c.circle(x + 14 * s, ground - 116 * s, 15 * s, body)
    c.rect(x + 16 * s, ground - 120 * s, x + 30 * s, ground - 112 * s, "#2b2b2b")


def poster_e_moto(c, item, pal):
    orange, blue, sand, dune, white = pal
    sky(c, "overcast_bright", horizon=560)
    c.rect(0, 500, W, 540, "#7e9aa8")
    hills(c, 560, 22, dune, 1.2, 3.0)
    c.rect(0, 580, W, H, sand)
    for i in range(9):
        y = 600 + i * 24
        c.line([(0, y + 10 * math.sin(i)), (W, y + 8 * math.cos(i))], darker(sand, 0.06), 3)
    # race flags along the course
    for x in range(30, W, 140):
        c.rect(x, 600, x + 4, 660, "#5a4a3a")
        c.poly([(x + 4, 600), (x + 44, 612), (x + 4, 624)], orange if (x // 140) % 2 else blue)
    poster_e_motorbike(c, 270, 760, 1.5, orange, "#2e3a59", lighter(sand, 0.15))
    poster_e_motorbike(c, 690, 730, 1.15, blue, "#3a2e2e", lighter(sand, 0.15))
    poster_e_motorbike(c, 1040, 700, 0.9, "#e8e8e8", "#5a1e1e", lighter(sand, 0.15))
    poster_e_titles(c, item, 300, orange, "#1d2b44", sub_colour=white, size=130)


def poster_e_cyclist(c, x, ground, s, jersey, bike="#2b2b2b"):
    for wx in (x - 34 * s, x + 34 * s):
        c.ring(wx, ground - 24 * s, 24 * s, 4 * s, bike)
    c.line([(x - 34 * s, ground - 24 * s), (x - 4 * s, ground - 24 * s), (x + 16 * s, ground - 52 * s),
            (x - 14 * s, ground - 52 * s), (x - 34 * s, ground - 24 * s)], bike, 4 * s)
    c.line([(x + 16 * s, ground - 52 * s), (x + 34 * s, ground - 24 * s)], bike, 4 * s)
    c.line([(x + 14 * s, ground - 60 * s), (x + 24 * s, ground - 58 * s)], bike, 4 * s)
    # rider bent over the handlebar: leg to the pedal, back, arm, head and helmet
    hip, shoulder = (x - 12 * s, ground - 60 * s), (x + 14 * s, ground - 76 * s)
    c.line([hip, (x + 4 * s, ground - 42 * s), (x - 4 * s, ground - 24 * s)], "#2b2b2b", 7 * s)
    c.line([hip, shoulder], jersey, 13 * s)
    c.circle(hip[0], hip[1], 6.5 * s, "#2b2b2b")
    c.line([shoulder, (x + 22 * s, ground - 60 * s)], jersey, 6 * s)
    c.circle(x + 24 * s, ground - 84 * s, 8 * s, "#f1c9a5")
    c.pie(x + 23 * s, ground - 86 * s, 10 * s, 180, 360, jersey)


def poster_e_cycling(c, item, pal):
    bg, accent, track, jersey2, stone = pal
    road = item["art"].get("variant") == "road"
    if road:
        sky(c, "fresh_morning", horizon=560)
        hills(c, 470, 60, "#8bb86a", 0.7, 1.2)
        # Mont Cassel with its mill on the horizon
        c.poly([(860, 480), (1010, 420), (1160, 480)], "#77a659")
        c.rect(1002, 392, 1018, 424, "#6b4a2f")
        for a in (0.6, 2.2, 3.8, 5.4):
            c.line([(1010, 400), (1010 + 30 * math.cos(a), 400 + 30 * math.sin(a))], "#6b4a2f", 4)
        hills(c, 560, 30, "#6f9f50", 2.1, 1.8)
        c.poly([(0, 800), (0, 640), (W, 590), (W, 800)], "#6d6d6d")
        c.line([(0, 720), (W, 660)], "#f4f1ea", 4)
        bunting(c, 40, [accent, "#ffffff", jersey2, "#f2b134"], sag=30)
    else:
        c.rect(0, 0, W, H, bg)
        for i in range(22):
            for j in range(5):
                x = i * 58 - 20 + (j % 2) * 29
                c.circle(x, 40 + j * 34, 11, [accent, jersey2, "#f2b134", "#ffffff", "#7fa7d9"][(i + j) % 5])
                c.rect(x - 12, 52 + j * 34, x + 12, 68 + j * 34, darker(bg, 0.25))
        c.rect(0, 200, W, 214, darker(bg, 0.4))
        # banked concrete track in perspective
        c.ellipse(600, 880, 900, 420, track)
        c.ellipse(600, 900, 760, 300, darker(track, 0.12))
        c.ellipse(600, 905, 740, 284, "#6a9f4e")
        for r, col in ((860, "#2e6da4"), (830, accent)):
            c.ring(600, 880 + (900 - r) * 0.2, r, 5, col)
    # cobbles in the foreground
    for j in range(4):
        for i in range(-1, 26):
            x = i * 50 + (j % 2) * 25
            y = 730 + j * 22
            c.ellipse(x, y, 22, 9, stone if (i + j) % 3 else darker(stone, 0.12))
    y0 = 640 if road else 650
    poster_e_cyclist(c, 300, y0 + 20, 2.0, accent)
    poster_e_cyclist(c, 560, y0 + 6, 1.7, jersey2)
    poster_e_cyclist(c, 800, y0 - 6, 1.5, "#2e6da4")
    title_y = 300
    poster_e_titles(c, item, title_y, "#ffffff", darker(accent, 0.45), sub_colour="#f2b134",
                    size=118)


def poster_e_saxophone(c, x, y, s, colour):
    c.line([(x, y), (x, y + 160 * s), (x + 20 * s, y + 200 * s), (x + 60 * s, y + 190 * s),
            (x + 70 * s, y + 150 * s)], colour, 22 * s)
    c.ellipse(x + 74 * s, y + 140 * s, 26 * s, 14 * s, colour)
    c.line([(x, y), (x - 30 * s, y - 30 * s)], colour, 10 * s)
    for k in range(5):
        c.circle(x + 10 * s, y + 40 * s + k * 26 * s, 6 * s, darker(colour, 0.3))


def poster_e_stage(c, item, pal):
    bg, beam, accent, crowd, light = pal
    variant = item["art"].get("variant", "")
    if variant == "beach":
        sky(c, "sunset", horizon=600)
        c.rect(0, 520, W, 600, "#3c5f8a")
        for i in range(10):
            c.rect(830 + i * 8 - i * i * 3, 525 + i * 7, 930 - i * 8 + i * i * 3, 528 + i * 7, "#ffd57a")
        c.rect(0, 600, W, H, "#e9cf98")
    else:
        c.rect(0, 0, W, H, bg)
        for _ in range(90):
            c.circle(c.rng.uniform(0, W), c.rng.uniform(0, 520), c.rng.choice([1.2, 1.8, 2.4]),
                     lighter(bg, 0.55))
        if variant == "night_bus":
            c.circle(1040, 110, 52, "#f4f1d8")
            c.circle(1062, 96, 46, bg)
    # stage: roof truss, speaker towers, floor
    c.rect(150, 470, 1050, 490, "#2b2b2b")
    for x in range(150, 1050, 30):
        c.line([(x, 470), (x + 15, 490), (x + 30, 470)], "#555555", 2)
    c.rect(150, 490, 170, 700, "#2b2b2b")
    c.rect(1030, 490, 1050, 700, "#2b2b2b")
    for x in (90, 1070):
        c.rect(x, 520, x + 40, 700, "#1a1a1a")
        for k in range(4):
            c.circle(x + 20, 545 + k * 42, 14, "#3a3a3a")
    # light beams from the truss, drawn before the titles
    for k, lx in enumerate(range(230, 1000, 110)):
        top_x = lx + (k - 3.5) * 60
        c.poly([(lx - 8, 490), (lx + 8, 490), (top_x + 70, 0), (top_x - 70, 0)],
               mix(bg if variant != "beach" else "#2d2f6b", beam, 0.18 + 0.06 * (k % 2)))
        c.circle(lx, 496, 9, light)
    c.rect(170, 640, 1030, 700, darker(crowd, 0.2) if variant != "beach" else "#7a5a3a")
    band = mix(crowd, light, 0.3)
    for mx, kind in ((380, "guitar"), (600, "singer"), (820, "drums")):
        if kind == "drums":
            c.ellipse(mx, 625, 48, 18, band)
            c.rect(mx - 48, 600, mx + 48, 625, band)
            c.circle(mx - 70, 585, 20, band)
            c.line([(mx - 70, 585), (mx - 70, 640)], band, 4)
            c.circle(mx, 540, 14, band)
            c.poly([(mx - 16, 600), (mx - 12, 556), (mx + 12, 556), (mx + 16, 600)], band)
            continue
        c.circle(mx, 530, 15, band)
        c.poly([(mx - 18, 640), (mx - 14, 548), (mx + 14, 548), (mx + 18, 640)], band)
        if kind == "singer":
            c.line([(mx + 30, 640), (mx + 30, 560), (mx + 14, 545)], band, 4)
            c.line([(mx + 12, 560), (mx + 24, 540)], band, 7)
        else:
            c.line([(mx - 40, 610), (mx + 40, 570)], band, 8)
            c.ellipse(mx - 26, 600, 22, 16, band)
    if variant == "jazz":
        poster_e_saxophone(c, 940, 520, 0.6, "#e0b04a")
    elif variant == "night_bus":
        c.rect(20, 610, 190, 680, "#e8e8e8")
        for k in range(4):
            c.rect(34 + k * 38, 622, 60 + k * 38, 646, "#f2c94c")
        for wx in (60, 150):
            c.circle(wx, 684, 14, "#2b2b2b")
    poster_e_crowd(c, 800, crowd, scale=1.0)
    for x, y, s, d in ((90, 150, 30, False), (1090, 170, 28, True), (120, 450, 26, True),
                       (1060, 455, 28, False)):
        poster_e_note(c, x, y, s, accent, d)
    poster_e_titles(c, item, 290, "#ffffff", darker(accent, 0.5), sub_colour=accent, size=120)


def poster_e_gable_row(c, x0, x1, ground, colours, gold, seed_h=0):
    x = x0
    i = seed_h
    while x < x1:
        w = 110 + (i % 3) * 16
        h = 190 + ((i * 37) % 60)
        col = colours[i % len(colours)]
        c.rect(x, ground - h, x + w, ground, col)
        for k in range(4):
            c.rect(x + 9 * (k + 1), ground - h - 16 * (k + 1), x + w - 9 * (k + 1), ground - h, col)
        for row in range(2):
            for k in range(2):
                wx = x + 18 + k * (w - 50)
                c.arch(wx, ground - h + 30 + row * 70, wx + 24, ground - h + 80 + row * 70, gold)
        x += w + 6
        i += 1


def poster_e_heritage(c, item, pal):
    bg, stone, door, gold, accent = pal
    c.rect(0, 0, W, H, bg)
    for i in range(12):
        a0 = i * 30
        c.pie(600, 820, 1300, a0, a0 + 15, lighter(bg, 0.08))
    # a row of Lille façades with, in the middle, a monumental open door
    poster_e_gable_row(c, -30, 380, 800, [stone, darker(stone, 0.12), "#c98a5a"], gold)
    poster_e_gable_row(c, 830, 1240, 800, ["#c98a5a", stone, darker(stone, 0.12)], gold, 2)
    c.rect(400, 520, 800, 800, darker(stone, 0.05))
    c.arch(470, 560, 730, 800, darker(door, 0.4))
    c.arch(490, 580, 710, 800, "#fff2c4")
    c.poly([(490, 800), (490, 690), (560, 720), (560, 800)], door)
    c.poly([(710, 800), (710, 690), (640, 720), (640, 800)], door)
    c.rect(396, 506, 804, 524, darker(stone, 0.3))
    # a big key across the top
    c.ring(170, 120, 46, 16, gold)
    c.rect(212, 112, 430, 128, gold)
    for k in (0, 1):
        c.rect(380 + k * 32, 128, 398 + k * 32, 162, gold)
    bunting(c, 8, [accent, gold, "#ffffff", "#2e6da4"], sag=26)
    poster_e_titles(c, item, 300, "#ffffff", darker(accent, 0.35), sub_colour=gold, size=104)


def poster_e_museum_night(c, item, pal):
    bg, glass, light, gold, terril_col = pal
    sky(c, "blue_hour", horizon=600)
    terril(c, 200, 560, 420, 180, terril_col)
    terril(c, 1030, 560, 360, 150, darker(terril_col, 0.1))
    c.rect(0, 560, W, H, "#1c2a3e")
    # the long, low glass halls of the Louvre-Lens, lit from inside
    for x0, x1, y0 in ((60, 420, 610), (400, 820, 600), (800, 1160, 612)):
        c.rect(x0, y0, x1, y0 + 90, glass)
        c.rect(x0 + 8, y0 + 10, x1 - 8, y0 + 80, light)
        for k in range(int((x1 - x0) // 60)):
            c.rect(x0 + 30 + k * 60, y0 + 30, x0 + 44 + k * 60, y0 + 80, darker(light, 0.35))
    c.rect(0, 712, W, H, "#142032")
    for k in range(14):
        c.rect(k * 90, 740, k * 90 + 60, 744, lighter(light, 0.1))
    # silhouettes of visitors inside
    people(c, 690, [150, 240, 520, 610, 700, 930, 1020], ["#2b2b2b"] * 7, 1.1)
    for fx, tx in ((330, 180), (870, 840)):
        c.poly([(fx - 10, 600), (fx + 10, 600), (tx + 60, 0), (tx - 60, 0)], mix("#16224a", light, 0.16))
    poster_e_titles(c, item, 340, "#ffffff", "#0d1730", sub_colour=gold, size=118)


def poster_e_andouille(c, x, y, a, colour):
    dx, dy = 30 * math.cos(a), 30 * math.sin(a)
    c.line([(x - dx, y - dy), (x + dx, y + dy)], colour, 30)
    c.circle(x - dx, y - dy, 15, colour)
    c.circle(x + dx, y + dy, 15, colour)
    c.line([(x - dx * 0.5, y - dy * 0.5 - 7), (x + dx * 0.5, y + dy * 0.5 - 7)], lighter(colour, 0.3), 5)
    for sgn in (-1, 1):
        ex, ey = x + sgn * dx * 1.45, y + sgn * dy * 1.45
        c.line([(x + sgn * dx * 1.2, y + sgn * dy * 1.2), (ex, ey)], "#f5e6c8", 3)


def poster_e_ladle(c, x, y, a, colour):
    dx, dy = math.cos(a), math.sin(a)
    c.line([(x, y), (x + 70 * dx, y + 70 * dy)], colour, 8)
    c.circle(x - 12 * dx, y - 12 * dy, 16, colour)
    c.circle(x - 12 * dx, y - 12 * dy, 9, darker(colour, 0.25))


def poster_e_doll(c, x, y, a, colour):
    c.circle(x, y - 22, 11, "#f1c9a5")
    c.poly([(x - 16, y + 16), (x - 8, y - 12), (x + 8, y - 12), (x + 16, y + 16)], colour)
    c.line([(x - 8, y - 6), (x - 24, y - 18 + 10 * math.sin(a))], colour, 6)
    c.line([(x + 8, y - 6), (x + 24, y - 18 - 10 * math.sin(a))], colour, 6)
    c.line([(x - 6, y + 16), (x - 8, y + 30)], "#6b4a2f", 5)
    c.line([(x + 6, y + 16), (x + 8, y + 30)], "#6b4a2f", 5)


def poster_e_throw(c, item, pal):
    bg, wall, trim, thing, accent = pal
    art = item["art"]
    c.rect(0, 0, W, H, bg)
    for i in range(10):
        c.poly([(i * 130 - 40, 0), (i * 130 + 20, 0), (i * 130 + 160, H), (i * 130 + 100, H)],
               lighter(bg, 0.25))
    building = art.get("building")
    # the building the objects are thrown from, on the right
    bx0, bx1, top = 820, 1160, 470
    if building == "church":
        c.rect(840, 470, 1180, 700, darker(wall, 0.08))
        c.poly([(830, 470), (1010, 380), (1190, 470)], darker(wall, 0.35))
        c.rect(930, 150, 1070, 700, wall)
        c.poly([(915, 150), (1000, 20), (1085, 150)], darker(wall, 0.35))
        c.lancet(970, 190, 1030, 300, darker(wall, 0.4))
        c.lancet(975, 500, 1025, 640, darker(wall, 0.4))
        balcony_y = 400
        c.rect(915, balcony_y, 1085, balcony_y + 12, trim)
    elif building == "belfry_hall":
        c.rect(bx0, top, bx1, 700, wall)
        c.rect(940, 160, 1040, top, wall)
        onion(c, 990, 162, 120, 110, darker(wall, 0.3))
        c.rect(986, 30, 994, 60, darker(wall, 0.3))
        c.circle(990, 200, 26, "#f4f1ea")
        c.ring(990, 200, 26, 4, trim)
        for k in range(5):
            c.arch(bx0 + 20 + k * 66, top + 40, bx0 + 58 + k * 66, top + 120, darker(wall, 0.35))
        balcony_y = top + 130
        c.rect(bx0 + 40, balcony_y, bx1 - 40, balcony_y + 12, trim)
    else:  # a Renaissance guardhouse with arcades and a loggia (the Bailliage of Aire)
        c.rect(bx0, 300, bx1, 700, wall)
        c.poly([(bx0 - 10, 300), (bx0 + 60, 200), (bx1 - 60, 200), (bx1 + 10, 300)], darker(wall, 0.35))
        for k in range(4):
            c.arch(bx0 + 20 + k * 82, 560, bx0 + 82 + k * 82, 700, darker(wall, 0.45))
            c.arch(bx0 + 30 + k * 82, 340, bx0 + 72 + k * 82, 430, darker(wall, 0.35))
        balcony_y = 450
        c.rect(bx0 + 10, balcony_y, bx1 - 10, balcony_y + 14, trim)
        for k in range(12):
            c.rect(bx0 + 20 + k * 27, balcony_y + 14, bx0 + 26 + k * 27, balcony_y + 40, trim)
    c.rect(0, 700, W, H, "#b9a27c")
    # throwers on the balcony and the objects flying over the crowd
    throwers = [950, 1000, 1050] if building == "church" else [900, 960, 1020, 1080]
    people(c, balcony_y, throwers, [accent, trim, "#2e6da4", accent], 1.2)
    draw_thing = {"andouille": poster_e_andouille, "ladle": poster_e_ladle,
                  "doll": poster_e_doll}[art.get("object", "andouille")]
    for k in range(11):
        t = k / 10
        x = 880 - 820 * t + c.rng.uniform(-30, 30)
        y = balcony_y - 40 - 330 * math.sin(math.pi * t) * 0.9 + c.rng.uniform(-20, 20)
        if 170 < y < 470 and 40 < x < 1000:
            y = 130 + c.rng.uniform(-40, 20) if y < 330 else 520 + c.rng.uniform(-20, 40)
        draw_thing(c, x, y, c.rng.uniform(0, math.pi), thing)
    poster_e_crowd(c, 800, darker(bg, 0.55), rng_hands=0.8)
    poster_e_titles(c, item, 300, "#ffffff", darker(accent, 0.35), sub_colour=thing, size=112)


def poster_e_fish(c, x, y, length, colour, belly, flip=False):
    d = -1 if flip else 1
    c.ellipse(x, y, length / 2, length * 0.17, colour)
    c.ellipse(x, y + length * 0.05, length * 0.42, length * 0.09, belly)
    tx = x - d * length / 2
    c.poly([(tx + d * 6, y), (tx - d * length * 0.2, y - length * 0.16),
            (tx - d * length * 0.2, y + length * 0.16)], colour)
    c.circle(x + d * length * 0.36, y - length * 0.04, max(2, length * 0.03), "#1a1a1a")


def poster_e_herring(c, item, pal):
    sky_name, sea, quay, fire, scale_col = pal
    night = item["art"]["palette"] == "herring_night"
    sky(c, "blue_hour" if night else "late_afternoon", horizon=520)
    c.rect(0, 470, W, 560, sea)
    # fishing boats moored at the quay
    for bx, col in ((120, "#c0392b"), (420, "#2e6da4"), (980, "#2f8f83")):
        c.poly([(bx, 500), (bx + 200, 500), (bx + 170, 545), (bx + 30, 545)], col)
        c.rect(bx + 110, 430, bx + 160, 500, "#f4f1ea")
        c.rect(bx + 60, 420, bx + 66, 500, "#5a4a3a")
        c.line([(bx + 63, 425), (bx + 180, 480)], "#5a4a3a", 2)
    c.rect(0, 555, W, H, quay)
    c.rect(0, 555, W, 568, darker(quay, 0.2))
    # grills with herrings and smoke
    for gx in (230, 960):
        c.rect(gx - 130, 640, gx + 130, 656, "#3a3a3a")
        c.rect(gx - 120, 656, gx - 108, 760, "#3a3a3a")
        c.rect(gx + 108, 656, gx + 120, 760, "#3a3a3a")
        for k in range(7):
            c.circle(gx - 110 + k * 36, 662, 12, fire)
        for k in range(4):
            poster_e_fish(c, gx - 80 + k * 54, 628, 60, scale_col, lighter(scale_col, 0.4), k % 2 == 1)
        for k in range(4):
            c.circle(gx - 40 + k * 26 + 10 * math.sin(k), 600 - k * 26, 16 + k * 5,
                     lighter(mix(quay, "#ffffff", 0.4), 0.2 + 0.05 * k))
    # a shoal of herrings leaping above the title
    for k in range(6):
        poster_e_fish(c, 380 + k * 90, 150 + 30 * math.sin(k * 1.3), 80, scale_col,
                      lighter(scale_col, 0.45), k % 2 == 0)
    people(c, 760, [480, 560, 640, 720], ["#1f4e79", "#c0392b", "#1f4e79", "#f2b134"], 1.6)
    poster_e_titles(c, item, 330, "#ffffff", "#13294b", sub_colour="#f2c94c", size=120)


def poster_e_market(c, item, pal):
    bg, red, green, yellow, blue = pal
    c.rect(0, 0, W, H, bg)
    # the brick and iron market hall of Wazemmes behind the stalls
    c.rect(180, 170, 1020, 520, "#b5533c")
    c.poly([(150, 175), (600, 60), (1050, 175)], "#5c6b78")
    c.poly([(200, 175), (600, 80), (1000, 175)], "#6e7f8c")
    for k in range(7):
        c.arch(220 + k * 114, 220, 300 + k * 114, 520, "#3c4a56")
        c.arch(232 + k * 114, 232, 288 + k * 114, 520, "#8fb3c9")
    c.rect(170, 160, 1030, 178, "#3c4a56")
    c.rect(0, 520, W, H, "#c7b9a3")
    for i in range(5):
        x = 20 + i * 236
        col = [red, blue, green, red, blue][i]
        c.rect(x + 10, 620, x + 210, 720, "#d9c39b")
        for k in range(6):
            c.poly([(x + k * 36, 540), (x + k * 36 + 36, 540), (x + k * 36 + 36, 590),
                    (x + k * 36 + 18, 608), (x + k * 36, 590)], col if k % 2 == 0 else "#ffffff")
        c.rect(x + 12, 540, x + 18, 760, "#6b4a2f")
        c.rect(x + 196, 540, x + 202, 760, "#6b4a2f")
        # crates of produce
        for k in range(3):
            cx0 = x + 24 + k * 62
            c.rect(cx0, 640, cx0 + 54, 690, "#a67c52")
            fruit = [red, yellow, green, "#f26b3a", "#7a3b8f"][(i + k) % 5]
            for r in range(2):
                for q in range(3):
                    c.circle(cx0 + 10 + q * 17, 636 - r * 12, 9, fruit)
    people(c, 800, [130, 350, 540, 760, 990, 1120], [blue, red, "#6b4a2f", green, yellow, red], 2.0)
    poster_e_titles(c, item, 330, "#ffffff", darker(red, 0.3), sub_colour=yellow, size=112)


def poster_e_bell(c, x, y, s, colour):
    c.poly([(x - 20 * s, y), (x - 26 * s, y + 40 * s), (x - 42 * s, y + 70 * s), (x + 42 * s, y + 70 * s),
            (x + 26 * s, y + 40 * s), (x + 20 * s, y)], colour)
    c.pie(x, y + 4 * s, 20 * s, 180, 360, colour)
    c.rect(x - 44 * s, y + 66 * s, x + 44 * s, y + 76 * s, darker(colour, 0.25))
    c.circle(x, y + 80 * s, 8 * s, darker(colour, 0.35))
    c.rect(x - 4 * s, y - 22 * s, x + 4 * s, y - 12 * s, darker(colour, 0.35))


def poster_e_bells(c, item, pal):
    bg, stone, bronze, note, roof = pal
    c.rect(0, 0, W, H, bg)
    for i in range(16):
        a0 = i * 360 / 16
        c.pie(600, 1000, 1500, a0, a0 + 360 / 32, lighter(bg, 0.06))
    # the top of Douai belfry: corner turrets, dormers and spire, bells in the openings
    c.rect(360, 560, 840, H, stone)
    for x in (360, 800):
        c.rect(x, 520, x + 40, H, darker(stone, 0.08))
        c.poly([(x - 6, 520), (x + 20, 450), (x + 46, 520)], roof)
    c.poly([(400, 560), (600, 470), (800, 560)], roof)
    for k in range(4):
        c.lancet(420 + k * 100, 600, 480 + k * 100, 760, darker(stone, 0.45))
        poster_e_bell(c, 450 + k * 100, 650, 0.55, bronze)
    # big bells swinging high above
    for x, y, s, ang in ((150, 90, 1.3, -0.2), (1050, 90, 1.3, 0.2), (330, 560, 0.9, 0.1),
                         (890, 560, 0.9, -0.1)):
        c.line([(x, y - 60), (x, y - 20 * s)], "#5a4a3a", 5)
        poster_e_bell(c, x + 30 * ang * s, y, s, bronze)
    for x, y, s, d in ((120, 470, 30, True), (1080, 470, 30, False), (280, 150, 24, False),
                       (930, 160, 26, True), (600, 120, 22, False)):
        poster_e_note(c, x, y, s, note, d)
    poster_e_titles(c, item, 320, "#ffffff", darker(bg, 0.55), sub_colour=bronze, size=124)


def poster_e_piano(c, item, pal):
    bg, wood, white_key, accent, gold = pal
    c.rect(0, 0, W, H, bg)
    for _ in range(70):
        c.circle(c.rng.uniform(0, W), c.rng.uniform(0, 560), c.rng.choice([1.5, 2.5]), lighter(bg, 0.5))
    # the keyboard along the bottom, slightly in perspective
    c.rect(0, 600, W, H, "#1a1a1a")
    n = 24
    kw = W / n
    for k in range(n):
        c.rect(k * kw + 2, 620, (k + 1) * kw - 2, 790, white_key)
    for k in range(n):
        if k % 7 not in (2, 6):
            c.rect((k + 1) * kw - kw * 0.3, 620, (k + 1) * kw + kw * 0.3, 720, "#111111")
    # a grand piano silhouette, lid open
    c.poly([(840, 560), (840, 470), (1000, 420), (1150, 470), (1150, 560)], wood)
    c.poly([(850, 470), (1000, 300), (1010, 310), (870, 470)], darker(wood, 0.2))
    for x in (860, 1130):
        c.rect(x, 560, x + 12, 600, wood)
    for x, y, s, d in ((140, 160, 34, True), (300, 120, 26, False), (1060, 150, 30, True),
                       (180, 500, 28, False), (700, 520, 26, True)):
        poster_e_note(c, x, y, s, gold, d)
    poster_e_titles(c, item, 300, "#ffffff", darker(accent, 0.4), sub_colour=gold, size=122)


def poster_e_art(c, item, pal):
    bg, a, b, d, e = pal
    c.rect(0, 0, W, H, bg)
    cols = [a, b, d, e]
    for _ in range(40):
        x, y = c.rng.uniform(0, W), c.rng.uniform(0, H)
        if 150 < y < 530:
            continue
        col = c.rng.choice(cols)
        r = c.rng.uniform(14, 46)
        c.circle(x, y, r, col)
        for k in range(5):
            ang = c.rng.uniform(0, 2 * math.pi)
            c.circle(x + math.cos(ang) * r * 1.5, y + math.sin(ang) * r * 1.5, r * 0.18, col)
    # salvaged materials turned into art: a tyre, planks, a bottle, an easel with a canvas
    c.ring(170, 640, 80, 30, "#2b2b2b")
    c.ring(170, 640, 80, 4, "#555555")
    for k, col in enumerate(("#a67c52", "#8a6a45", "#b9915f", "#9a7048")):
        c.rect(320 + k * 8, 760 - k * 34, 600 - k * 12, 790 - k * 34, col)
        c.circle(340 + k * 8, 775 - k * 34, 3, "#5a4a3a")
    c.rect(1050, 560, 1100, 720, "#5a9e6f")
    c.rect(1065, 520, 1085, 560, "#5a9e6f")
    c.line([(760, 800), (840, 530), (920, 800)], "#6b4a2f", 10)
    c.line([(840, 530), (840, 800)], "#6b4a2f", 8)
    c.rect(722, 512, 958, 698, "#8a6a45")
    c.rect(730, 520, 950, 690, "#ffffff")
    c.circle(800, 590, 40, a)
    c.poly([(840, 670), (900, 560), (940, 670)], d)
    c.rect(760, 630, 820, 660, e)
    poster_e_titles(c, item, 320, "#ffffff", "#2b2b2b", sub_colour=b, size=114)


def poster_e_circus(c, item, pal):
    bg, red, white, gold, blue = pal
    sky(c, "golden_hour", horizon=620)
    # big top
    c.poly([(120, 620), (220, 500), (980, 500), (1080, 620)], red)
    for k in range(10):
        x0 = 220 + k * 76
        c.poly([(x0, 500), (x0 + 38, 500), (x0 + 38 + (k - 4.5) * 9, 620), (x0 + (k - 4.5) * 9, 620)], white)
    c.poly([(220, 500), (600, 440), (980, 500)], darker(red, 0.15))
    c.rect(596, 380, 604, 450, "#5a4a3a")
    c.poly([(604, 382), (660, 396), (604, 410)], gold)
    c.rect(0, 620, W, H, "#9bbf6a")
    c.rect(0, 700, W, H, "#b9a27c")
    # a tightrope walker and a stilt walker
    c.line([(0, 180), (W, 150)], "#3a3a3a", 3)
    c.circle(880, 110, 12, "#f1c9a5")
    c.poly([(868, 126), (892, 126), (896, 158), (864, 158)], blue)
    c.line([(820, 120), (940, 132)], gold, 4)
    c.line([(872, 158), (868, 172)], blue, 5)
    c.line([(888, 158), (894, 170)], blue, 5)
    sx = 1070
    c.line([(sx - 10, 790), (sx - 6, 560)], "#6b4a2f", 7)
    c.line([(sx + 10, 790), (sx + 6, 560)], "#6b4a2f", 7)
    c.poly([(sx - 30, 560), (sx - 18, 470), (sx + 18, 470), (sx + 30, 560)], gold)
    c.circle(sx, 452, 18, "#f1c9a5")
    c.poly([(sx - 20, 440), (sx, 400), (sx + 20, 440)], blue)
    bunting(c, 20, [red, gold, blue, white], sag=30)
    poster_e_crowd(c, 800, "#2b2b3a", rng_hands=0.5, scale=0.9)
    poster_e_titles(c, item, 290, "#ffffff", darker(red, 0.45), sub_colour=gold, size=116)


# --- dispatch ------------------------------------------------------------------------------

# --- sites: museums, mining basin, remembrance (scene_m_*) --------------------------------

def m_windows(c, x0, x1, y0, y1, cols, rows, fill, frame=None, kind="rect", gap=0.45):
    """A regular grid of windows inside the box; kind "rect" or "arch"."""
    cw = (x1 - x0) / cols
    rh = (y1 - y0) / rows
    for i in range(cols):
        for j in range(rows):
            wx0 = x0 + i * cw + cw * gap / 2
            wx1 = x0 + (i + 1) * cw - cw * gap / 2
            wy0 = y0 + j * rh + rh * 0.15
            wy1 = y0 + (j + 1) * rh - rh * 0.15
            if frame:
                c.rect(wx0 - 3, wy0 - 3, wx1 + 3, wy1 + 3, frame)
            (c.arch if kind == "arch" else c.rect)(wx0, wy0, wx1, wy1, fill)


def m_brick_courses(c, x0, y0, x1, y1, colour, step=14):
    for y in range(int(y0) + step, int(y1), step):
        c.rect(x0, y, x1, y + 1.5, colour)


def m_lawn(c, y, colour, stripe=None):
    c.rect(0, y, W, H, colour)
    if stripe:
        for i in range(6):
            yy = y + (H - y) * (i / 6) ** 1.4
            c.rect(0, yy, W, yy + 3, stripe)


def scene_m_lam(c, item):
    sky(c, item["art"]["sky"], horizon=560)
    hills(c, 545, 8, "#8fbf6a", 0.7, 1.3)
    m_lawn(c, 560, "#7db55a", "#86bd63")
    brick, dark = "#a65a3f", "#7e4330"
    # Roland Simounet's low brick volumes, stepped
    for x0, x1, top in ((60, 250, 420), (230, 420, 380), (400, 560, 440), (540, 650, 400)):
        c.rect(x0, top, x1, 565, brick)
        c.rect(x0, top, x1, top + 10, dark)
        m_brick_courses(c, x0, top + 10, x1, 565, "#9a5038", 16)
        for k in range(int((x1 - x0) // 60)):
            wx = x0 + 25 + k * 60
            c.rect(wx, top + 40, wx + 16, 540, "#3f3b3a")
    # Manuelle Gautrand's extension: white curved volumes wrapped in an openwork skin
    ext = [(640, 565), (650, 430), (700, 360), (790, 330), (880, 345), (960, 300), (1060, 290),
           (1150, 330), (1170, 565)]
    c.poly(ext, "#f1efe9")
    def roof_y(x):
        for (xa, ya), (xb, yb) in zip(ext, ext[1:]):
            if xa <= x <= xb and xb > xa:
                return ya + (yb - ya) * (x - xa) / (xb - xa)
        return 565
    for j, y in enumerate(range(330, 540, 22)):
        for x in range(676, 1150, 26):
            xx = x + (j % 2) * 13
            if y > roof_y(xx) + 22 and c.rng.random() > 0.08:
                c.ellipse(xx, y, 7, 5, "#c9c5bb")
    c.rect(640, 540, 1170, 566, "#d9d5cc")
    # a Calder-like stabile in the park
    sx, sy = 300, 720
    c.poly([(sx - 120, sy), (sx - 60, sy - 170), (sx - 30, sy)], "#1d1d1f")
    c.poly([(sx - 10, sy), (sx + 40, sy - 200), (sx + 110, sy)], "#1d1d1f")
    c.poly([(sx - 90, sy - 150), (sx + 60, sy - 260), (sx + 20, sy - 140)], "#c8322b")
    c.poly([(sx + 30, sy - 190), (sx + 170, sy - 230), (sx + 60, sy - 165)], "#1d1d1f")
    for x, h in ((60, 200), (1110, 210), (880, 140), (560, 120)):
        tree(c, x, 700 if h > 150 else 640, h, "#3f8a3a")
    people(c, 760, [700, 735, 960], ["#2e6da4", "#e1a33b", "#7a4f9a"], 1.4)


def scene_m_townhouse(c, item):
    sky(c, item["art"]["sky"], horizon=640)
    stone, shade, roof = "#ede3cf", "#cdbf9f", "#4f5a66"
    g = 660
    # neighbouring brick houses
    c.rect(0, 300, 230, g, "#a5583e")
    m_windows(c, 20, 210, 340, 620, 3, 3, "#3d4652", "#efe3cc")
    c.rect(1000, 330, W, g, "#b7674a")
    m_windows(c, 1015, 1190, 370, 620, 3, 3, "#3d4652", "#efe3cc")
    # the Napoleon III town house with its mansard roof
    c.rect(230, 260, 760, g, stone)
    c.poly([(215, 265), (260, 170), (730, 170), (775, 265)], roof)
    for dx in (300, 440, 580):
        c.rect(dx, 185, dx + 60, 250, "#e7dcc6")
        c.poly([(dx - 8, 190), (dx + 30, 160), (dx + 68, 190)], "#e7dcc6")
        c.rect(dx + 15, 200, dx + 45, 245, "#39424d")
    c.rect(215, 255, 775, 272, shade)
    for i in range(5):
        x = 262 + i * 100
        c.rect(x - 6, 300, x + 56, 306, shade)
        c.rect(x, 306, x + 50, 420, "#39424d")
        c.rect(x - 6, 455, x + 56, 461, shade)
        if i != 2:
            c.rect(x, 461, x + 50, 600, "#39424d")
    c.arch(462, 470, 528, g, "#5b3d2c")
    c.rect(230, 430, 760, 440, shade)
    c.text((495, 452), "MUba", 22, "#7a6a4a")
    # the glass winter garden (Art Deco wing)
    c.rect(760, 400, 1000, g, "#cfe6ee")
    c.poly([(750, 405), (880, 330), (1010, 405)], "#bcdbe6")
    for k in range(9):
        x = 770 + k * 28
        c.rect(x, 400, x + 3, g, "#8fb0bf")
    c.line([(760, 405), (880, 332), (1000, 405)], "#8fb0bf", 4)
    for x in (800, 880, 950):
        tree(c, x, g - 5, 120, "#4f9a45")
    c.rect(760, 530, 1000, 534, "#8fb0bf")
    pavement(c, g, "#bdb4a4", "#aaa090")
    people(c, 760, [300, 335, 640, 1080], ["#c0392b", "#2e6da4", "#e1a33b", "#2f8f83"], 1.5)


def scene_m_villa(c, item):
    sky(c, item["art"]["sky"], horizon=470)
    cloud(c, 230, 140, 1.0, "#f5f9fb")
    m_lawn(c, 470, "#78ad55")
    yellow, shade, white = "#e3c77c", "#c9ab5e", "#f4f1e8"
    g = 470
    # long horizontal wings and the central stair tower
    c.rect(90, 330, 1110, g, yellow)
    c.rect(250, 250, 950, 332, yellow)
    c.rect(520, 150, 680, 252, yellow)
    for x0, y, x1 in ((90, 330, 1110), (250, 250, 950), (520, 150, 680)):
        c.rect(x0 - 8, y - 8, x1 + 8, y, white)            # flat roof edges
        for k in range(int((g - y) // 12)):
            c.rect(x0, y + 6 + k * 12, x1, y + 7 + k * 12, shade)
    # horizontal window bands
    for y0, y1, x0, x1 in ((370, 420, 120, 500), (370, 420, 700, 1080), (275, 315, 280, 500),
                           (275, 315, 700, 920), (175, 235, 560, 640)):
        c.rect(x0, y0, x1, y1, "#2f3e4d")
        for x in range(int(x0) + 36, int(x1), 40):
            c.rect(x, y0, x + 3, y1, white)
    c.rect(560, 380, 640, g, "#2f3e4d")                     # the great hall's glazing
    c.rect(250, 238, 500, 242, white)
    c.rect(700, 238, 950, 242, white)
    # the long reflecting pool in perspective, with the villa mirrored in it
    c.poly([(540, 485), (660, 485), (900, 800), (300, 800)], "#7fb3cf")
    c.poly([(560, 490), (640, 490), (700, 640), (500, 640)], mix(yellow, "#7fb3cf", 0.55))
    c.poly([(585, 490), (615, 490), (640, 600), (560, 600)], mix("#2f3e4d", "#7fb3cf", 0.5))
    c.poly([(536, 483), (664, 483), (668, 489), (532, 489)], white)
    for side in (-1, 1):
        c.poly([(600 + side * 60, 485), (600 + side * 300, 800), (600 + side * 330, 800),
                (600 + side * 66, 485)], "#e9e4d6")
    for x in (80, 1120):
        for k in range(6):
            c.circle(x + (k - 2.5) * 18 * (1 if x < 600 else -1), 505 + k * 30, 22 + k * 3, "#3f7f36")
    people(c, 560, [230, 260, 980], ["#c0392b", "#2e3f66", "#e1a33b"], 1.0)


def scene_m_hospice(c, item):
    sky(c, item["art"]["sky"], horizon=650)
    brick, dark, stone, slate = "#b5563c", "#8e3f2c", "#e8dcc2", "#46505c"
    g = 650
    # the long brick front with a tall slate roof and dormers
    c.rect(60, 330, 1140, g, brick)
    m_brick_courses(c, 60, 330, 1140, g, "#a84f37", 15)
    c.poly([(40, 335), (150, 150), (1050, 150), (1160, 335)], slate)
    for x in range(190, 1020, 120):
        c.rect(x, 200, x + 50, 290, stone)
        c.poly([(x - 8, 205), (x + 25, 170), (x + 58, 205)], stone)
        c.rect(x + 12, 215, x + 38, 282, "#2c333b")
    c.rect(40, 326, 1160, 338, dark)
    for i in range(9):
        x = 100 + i * 118
        if 520 < x < 680:
            continue
        c.rect(x - 6, 380, x + 56, 520, stone)
        c.rect(x, 386, x + 50, 514, "#2c333b")
        c.rect(x + 23, 386, x + 27, 514, stone)
        c.rect(x, 448, x + 50, 452, stone)
    # the entrance gate with the counts' arms
    c.rect(530, 360, 670, g, stone)
    c.arch(555, 430, 645, g, "#5a3b28")
    c.rect(598, 430, 602, g, "#3e281b")
    c.poly([(520, 365), (600, 300), (680, 365)], stone)
    c.circle(600, 340, 18, "#c9a43a")
    c.rect(596, 328, 604, 352, "#8e3f2c")
    c.rect(588, 336, 612, 344, "#8e3f2c")
    # cobbled street
    c.rect(0, g, W, H, "#9c948a")
    for j, y in enumerate(range(g + 10, H, 22)):
        for x in range(-20 + (j % 2) * 18, W, 36):
            c.ellipse(x, y, 15, 7, "#aaa297")
    c.rect(0, g, W, g + 10, "#7d756b")
    people(c, 780, [200, 240, 880, 910, 1050], ["#2e6da4", "#c0392b", "#4f8a3c", "#7a4f9a",
                                                "#e1a33b"], 1.5)


def scene_m_matisse(c, item):
    # a wall of paper cut-outs above the Palais Fénelon and its lime trees
    c.rect(0, 0, W, 470, "#1f4fa3")
    rng = c.rng
    colours = ["#ffffff", "#f6c23e", "#e84e3c", "#3fae6a", "#f28c28", "#ffffff"]

    def leaf(cx, cy, s, col, lobes=5):
        """A cut-out with wavy edges, taller than wide, like Matisse's algae."""
        pts = []
        for k in range(96):
            a = 2 * math.pi * k / 96
            r = s * (1 + 0.3 * math.sin(lobes * a + cx))
            pts.append((cx + 0.5 * r * math.cos(a), cy + r * math.sin(a)))
        c.poly(pts, col)

    for i, (x, y, s) in enumerate(((110, 150, 90), (300, 260, 110), (520, 130, 80),
                                   (700, 270, 100), (900, 150, 95), (1090, 280, 105),
                                   (420, 380, 60), (820, 400, 55))):
        leaf(x, y, s, colours[i % len(colours)], rng.choice([4, 5, 6]))
    for x, y in ((210, 60), (620, 330), (1000, 60), (160, 400), (1140, 120)):
        pts = [(x + (28 if k % 2 == 0 else 11) * math.cos(k * math.pi / 5 - math.pi / 2),
                y + (28 if k % 2 == 0 else 11) * math.sin(k * math.pi / 5 - math.pi / 2))
               for k in range(10)]
        c.poly(pts, "#f6c23e")
    # the palace: brick and stone bands, pediment, two wings
    g = 690
    c.rect(0, 470, W, g, "#cfe0ea")
    brick, stone = "#b3563d", "#efe6d2"
    c.rect(250, 500, 950, g, brick)
    for y in range(510, g, 34):
        c.rect(250, y, 950, y + 12, stone)
    c.poly([(470, 505), (600, 440), (730, 505)], stone)
    c.rect(460, 500, 740, g, stone)
    c.poly([(450, 505), (600, 430), (750, 505)], "#5b6a7a")
    c.poly([(478, 500), (600, 445), (722, 500)], stone)
    for i in range(3):
        c.arch(490 + i * 80, 540, 550 + i * 80, 660, "#36404c")
    for side in (0, 1):
        x0 = 280 if side == 0 else 760
        for k in range(3):
            c.rect(x0 + k * 60, 540, x0 + k * 60 + 34, 640, "#36404c")
    c.rect(0, g, W, H, "#7bb15a")
    for x in (60, 170, 1030, 1140):
        tree(c, x, 790, 170, "#3f8a3a")
    people(c, 770, [560, 600, 640], ["#e84e3c", "#1f4fa3", "#f6c23e"], 1.4)


def scene_m_musverre(c, item):
    sky(c, item["art"]["sky"], horizon=520)
    hills(c, 470, 25, "#8cbf68", 1.2, 1.4)
    hills(c, 520, 18, "#7cb05a", 2.6, 2.0)
    # hedgerows of the bocage
    for y, amp in ((470, 20), (510, 14)):
        for x in range(0, W, 34):
            c.circle(x, y - amp * math.sin(x / 160) + 8, 15, "#4f8a3c")
    m_lawn(c, 560, "#79ad57")
    blue, dark, roof_c, glass = "#6f8391", "#4a5a66", "#5d6f7c", "#bfe3ef"
    vx, vy, t = 600, 300, 0.16
    order = sorted(range(5), key=lambda i: -abs(i - 2))
    for i in order:
        cx = 140 + i * 230
        x0, x1 = cx - 82, cx + 82
        top, bot = 455 + abs(i - 2) * 12, 610 - abs(i - 2) * 6

        def back(p):
            return (p[0] + (vx - p[0]) * t, p[1] + (vy - p[1]) * t)

        if i != 2:
            sx = x1 if cx < vx else x0
            c.poly([(sx, top), back((sx, top)), back((sx, bot)), (sx, bot)], dark)
        c.poly([(x0, top), (x1, top), back((x1, top)), back((x0, top))], roof_c)
        c.rect(x0, top, x1, bot, blue)
        for y in range(int(top) + 12, int(bot), 18):
            c.rect(x0, y, x1, y + 1.5, "#66798a")
        c.rect(x0 + 16, top + 22, x1 - 16, bot - 14, glass)
        for k in range(1, 4):
            x = x0 + 16 + k * (x1 - x0 - 32) / 4
            c.rect(x - 1.5, top + 22, x + 1.5, bot - 14, "#8fb2c0")
        c.poly([(x0 + 20, bot - 16), (x0 + 60, top + 26), (x0 + 80, top + 26), (x0 + 40, bot - 16)],
               "#d9f0f7")
    # glass works on plinths in the foreground
    for x, h, col in ((300, 110, "#3aa0c8"), (470, 150, "#e8793a"), (700, 120, "#8c4fb3"),
                      (880, 160, "#3fae6a")):
        c.rect(x - 40, 790 - 40, x + 40, 790, "#f2efe8")
        c.ellipse(x, 750 - h * 0.55, 30, h * 0.55, col)
        c.ellipse(x - 8, 750 - h * 0.7, 8, h * 0.25, lighter(col, 0.55))
        c.rect(x - 10, 750 - h * 1.1, x + 10, 750 - h * 0.95, col)
    people(c, 665, [1060, 1090], ["#c0392b", "#2e6da4"], 1.2)


def scene_m_chartreuse(c, item):
    sky(c, item["art"]["sky"], horizon=560)
    brick, stone, roof = "#b45a3e", "#ece2cb", "#59616b"
    g = 560
    # the Montmorency wing with its tall square tower, brick with stone bands
    c.rect(150, 330, 1050, g, brick)
    for y in range(340, g, 44):
        c.rect(150, y, 1050, y + 8, stone)
    c.poly([(135, 335), (220, 250), (980, 250), (1065, 335)], roof)
    c.rect(700, 150, 820, g, brick)
    for y in range(170, g, 44):
        c.rect(700, y, 820, y + 8, stone)
    c.poly([(690, 155), (760, 80), (830, 155)], roof)
    c.rect(752, 55, 768, 85, roof)
    for i in range(7):
        x = 190 + i * 72
        if x + 40 > 700:
            break
        c.rect(x - 5, 372, x + 45, 470, stone)
        c.rect(x, 377, x + 40, 465, "#38414b")
        c.rect(x + 18, 377, x + 22, 465, stone)
        c.poly([(x - 8, 372), (x + 20, 350), (x + 48, 372)], stone)
    for y in (200, 300, 400):
        c.rect(735, y, 785, y + 60, "#38414b")
    for x in (880, 960):
        c.rect(x, 380, x + 40, 470, "#38414b")
    # the cloister arcade framing the view
    c.rect(0, 560, W, H, "#8db56a")
    for k, col in enumerate(["#b8d98f", "#e0c3e8", "#f2d37a"]):
        c.rect(120 + k * 340, 640, 400 + k * 340, 690, "#6e9a4f")
        for x in range(135 + k * 340, 395 + k * 340, 26):
            c.circle(x, 652, 9, col)
    arc_col, edge = "#a6543a", "#eadfc6"
    top, w, half_p = 50, 240, 23
    c.rect(0, 0, W, top, arc_col)
    for i in range(5):
        x0, x1 = i * w + half_p, (i + 1) * w - half_p
        r = (x1 - x0) / 2
        cx, spring = (x0 + x1) / 2, top + 30 + r
        arc = [(cx + r * math.cos(math.pi * k / 24), spring - r * math.sin(math.pi * k / 24))
               for k in range(25)]
        c.poly([(x0, top - 1), (x1, top - 1)] + arc + [(x0, spring)], arc_col)
        c.line(arc, edge, 7)
    for i in range(6):
        x = i * w
        c.rect(x - half_p, top - 1, x + half_p, H, arc_col)
        c.rect(x - half_p, 300, x + half_p, 312, edge)
    c.rect(0, 745, W, H, "#8a4530")
    c.rect(0, 738, W, 748, edge)


def scene_m_flandre(c, item):
    sky(c, item["art"]["sky"], horizon=600)
    # the plain of Flanders far below, in patchwork fields
    colours = ["#a9cf7d", "#c9d98a", "#8fbf68", "#d8c98a", "#9cc878"]
    for j in range(4):
        for i in range(10):
            x0 = i * 120 + (j % 2) * 60 - 60
            c.poly([(x0, 560 + j * 22), (x0 + 120, 560 + j * 22), (x0 + 130, 582 + j * 22),
                    (x0 + 10, 582 + j * 22)], colours[(i + j) % 5])
    # Mont Cassel
    c.poly([(0, 640), (150, 470), (380, 380), (820, 370), (1050, 450), (W, 560), (W, H), (0, H)],
           "#6fa452")
    # the windmill on the summit
    mx, my = 980, 430
    c.rect(mx - 26, my - 110, mx + 26, my, "#8a6a4a")
    c.poly([(mx - 34, my - 110), (mx, my - 150), (mx + 34, my - 110)], "#5b4530")
    for a in (20, 110, 200, 290):
        r = math.radians(a)
        c.line([(mx, my - 125), (mx + 120 * math.cos(r), my - 125 + 120 * math.sin(r))],
               "#efe6d2", 12)
    c.circle(mx, my - 125, 9, "#3b2c1e")
    # the Hôtel de la Noble-Cour: Renaissance stone front, steep roof with many small dormers
    stone, shade = "#e9dfc6", "#cbbd9c"
    g = 590
    c.rect(230, 390, 800, g, stone)
    c.poly([(215, 395), (280, 290), (750, 290), (815, 395)], "#4b5562")
    for k in range(17):
        x = 280 + k * 28
        c.poly([(x, 330), (x + 9, 316), (x + 18, 330)], shade)
        c.rect(x + 4, 330, x + 14, 340, "#2c333b")
    for i in range(8):
        x = 250 + i * 70
        c.rect(x + 8, 410, x + 50, 480, "#2f3842")
        c.rect(x + 8, 510, x + 50, 575, "#2f3842")
        c.rect(x, 490, x + 4, g, shade)
    c.rect(215, 488, 815, 496, shade)
    c.arch(485, 505, 545, g, "#5a3b28")
    # brick houses of the Grand'Place
    for x0, w, col in ((60, 160, "#b5563c"), (820, 130, "#c9a15c")):
        c.rect(x0, 430, x0 + w, g, col)
        c.poly([(x0, 430), (x0 + w / 2, 360), (x0 + w, 430)], darker(col, 0.2))
        m_windows(c, x0 + 10, x0 + w - 10, 450, 580, 3, 2, "#2f3842")
    c.rect(0, g, W, H, "#a39a8d")
    for j, y in enumerate(range(g + 12, H, 24)):
        for x in range(-20 + (j % 2) * 20, W, 40):
            c.ellipse(x, y, 16, 7, "#b0a799")
    people(c, 760, [380, 410, 700, 1000], ["#c0392b", "#2e6da4", "#f2b134", "#2f8f83"], 1.5)


def scene_m_dynamo(c, item):
    sky(c, item["art"]["sky"], horizon=420)
    # smoke over the burning town
    for x, y, s in ((180, 160, 1.6), (300, 110, 1.3), (420, 180, 1.1)):
        cloud(c, x, y, s, "#5f6670")
    c.rect(0, 420, W, 560, "#6d8ea6")
    for _ in range(30):
        x, y = c.rng.uniform(0, W), c.rng.uniform(430, 555)
        c.rect(x, y, x + c.rng.uniform(20, 50), y + 2, "#88a8bd")
    # little ships and a destroyer
    c.poly([(700, 455), (900, 455), (880, 475), (715, 475)], "#4a525c")
    c.rect(760, 430, 820, 455, "#4a525c")
    c.rect(780, 410, 792, 430, "#4a525c")
    for x, y, s in ((980, 470, 1.0), (1090, 500, 0.8), (560, 500, 0.9), (420, 470, 0.7)):
        c.poly([(x - 40 * s, y), (x + 40 * s, y), (x + 30 * s, y + 14 * s), (x - 32 * s, y + 14 * s)],
               "#efe6d2")
        c.rect(x - 2, y - 40 * s, x + 2, y, "#5b4530")
        c.poly([(x + 2, y - 38 * s), (x + 26 * s, y - 6), (x + 2, y - 6)], "#d8cdb2")
    # the East Mole running out to sea, with a line of soldiers
    c.poly([(0, 520), (720, 470), (724, 478), (0, 536)], "#8a8276")
    for k in range(60):
        x = 40 + k * 11
        y = 520 - x * (50 / 720) - 4
        c.rect(x, y - 12, x + 5, y, "#4e5a3a")
        c.circle(x + 2.5, y - 14, 3, "#4e5a3a")
    # the beach with queues of men wading out
    c.rect(0, 560, W, H, "#e2d3ad")
    c.poly([(0, 560), (W, 560), (W, 575), (0, 590)], "#cfbf96")
    for q in range(3):
        bx = 760 + q * 140
        for k in range(14):
            x = bx - k * 16
            y = 560 + k * 9
            c.rect(x, y - 16, x + 7, y, "#55613f")
            c.circle(x + 3.5, y - 19, 4.5, "#55613f")
    # the bastion casemates in the foreground
    c.poly([(0, 640), (W, 620), (W, H), (0, H)], "#6f8f4f")
    c.rect(0, 650, W, H, "#9a5a41")
    for i in range(7):
        x = 40 + i * 170
        c.arch(x, 690, x + 110, H, "#3a2a22")
        c.rect(x + 10, 740, x + 100, 744, "#6b4a36")
    c.rect(0, 640, W, 660, "#5f7f44")


def scene_m_twin_terrils(c, item):
    sky(c, item["art"]["sky"], horizon=600)
    # the twin cones, with tufts of birch and grass
    terril(c, 330, 600, 620, 360, "#34363a")
    terril(c, 760, 600, 600, 330, "#3e4045")
    for _ in range(26):
        x = c.rng.uniform(120, 1000)
        y = c.rng.uniform(480, 590)
        c.circle(x, y, c.rng.uniform(8, 16), c.rng.choice(["#5f7f44", "#6f8f4f", "#7d9a55"]))
    hills(c, 600, 6, "#7a9a5a", 0.3, 1.4)
    g = 640
    c.rect(0, g, W, H, "#6f6a61")
    brick, dark = "#a34f36", "#7a3826"
    # the concrete winding tower of shaft 19 (66 m) and the steel headframe of shaft 11
    c.rect(880, 240, 990, g, "#b9b4aa")
    c.rect(870, 220, 1000, 260, "#a7a297")
    for y in range(290, g, 40):
        c.rect(900, y, 970, y + 12, "#8e897f")
    c.rect(905, 200, 965, 222, "#a7a297")
    headframe(c, 640, 480, 260, "#2b3640")
    c.rect(420, 480, 860, g, brick)
    c.rect(410, 470, 870, 486, dark)
    for i in range(7):
        c.arch(440 + i * 60, 510, 475 + i * 60, 600, "#f2d27a")
    c.rect(80, 520, 360, g, brick)
    c.poly([(70, 522), (220, 470), (370, 522)], dark)
    for i in range(4):
        c.rect(105 + i * 64, 550, 140 + i * 64, 610, "#f2d27a")
    people(c, 770, [200, 230, 1060], ["#e1a33b", "#2e6da4", "#c0392b"], 1.5)
    for x in range(0, W, 40):
        c.rect(x, 700, x + 20, 708, "#57524b")


def scene_m_coron(c, item):
    sky(c, item["art"]["sky"], horizon=520)
    terril(c, 1020, 520, 380, 170, "#45474a")
    hills(c, 520, 6, "#86a862", 1.0, 1.0)
    c.rect(0, 520, W, H, "#8fb36a")
    brick, roof = "#a9583d", "#5e3426"
    # rows ("barreaux") of low brick miners' houses, in perspective
    for y, sc, x0, x1 in ((500, 0.7, 60, 700), (615, 1.0, 20, 760), (750, 1.3, -40, 800)):
        h = 60 * sc
        c.rect(x0, y - h, x1, y, brick)
        c.poly([(x0 - 8, y - h), (x0 + 20, y - h - 38 * sc), (x1 - 20, y - h - 38 * sc),
                (x1 + 8, y - h)], roof)
        for k in range(int((x1 - x0) // (120 * sc))):
            cx = x0 + 60 * sc + k * 120 * sc
            c.rect(cx - 16 * sc, y - h - 50 * sc, cx - 6 * sc, y - h - 20 * sc, "#7a3826")
        n = int((x1 - x0) // (70 * sc))
        for k in range(n):
            x = x0 + 20 * sc + k * 70 * sc
            c.rect(x, y - h * 0.75, x + 18 * sc, y - h * 0.3, "#f2d27a" if k % 3 else "#3c2f2a")
            c.rect(x + 30 * sc, y - h * 0.7, x + 44 * sc, y, "#5a3b28")
        c.rect(x0, y, x1, y + 28 * sc, "#76a055")
        for k in range(n):
            x = x0 + 30 * sc + k * 70 * sc
            c.rect(x, y + 6 * sc, x + 22 * sc, y + 22 * sc, "#b8d98f")
            c.rect(x + 44 * sc, y + 2 * sc, x + 46 * sc, y + 28 * sc, "#5e4a38")
    # the visitor centre in red glazed tiles, saw-tooth roof
    bx = 820
    c.rect(bx, 430, bx + 330, 640, "#b0262a")
    for k in range(4):
        x = bx + k * 82
        c.poly([(x, 430), (x + 82, 390), (x + 82, 430)], "#cf3a34")
        c.line([(x + 8, 424), (x + 74, 394)], "#f08a7e", 3)
    for y in range(450, 640, 18):
        c.rect(bx, y, bx + 330, y + 2, "#9a1f23")
    c.rect(bx + 120, 540, bx + 210, 640, "#2f2a2a")
    c.text((bx + 165, 500), "CITÉ", 28, "#f7e3dc")
    people(c, 780, [900, 935, 1100], ["#2e6da4", "#e1a33b", "#7a4f9a"], 1.5)


def scene_m_vimy(c, item):
    sky(c, item["art"]["sky"], horizon=560)
    hills(c, 560, 30, "#6e9a52", 0.4, 1.0)
    c.rect(0, 600, W, H, "#6a9a4d")
    # shell craters in the grass
    for _ in range(18):
        x, y = c.rng.uniform(20, W - 20), c.rng.uniform(640, 790)
        rx = c.rng.uniform(30, 60)
        c.ellipse(x, y, rx, rx * 0.3, "#5a8a40")
        c.ellipse(x, y - 2, rx * 0.7, rx * 0.18, "#4e7a37")
    # pine woods around the memorial
    for x in list(range(-20, 300, 46)) + list(range(900, 1240, 46)):
        h = c.rng.uniform(120, 170)
        c.poly([(x - 30, 590), (x, 590 - h), (x + 30, 590)], "#2f5a35")
        c.rect(x - 4, 590, x + 4, 605, "#5a4030")
    white, shade = "#f3f1ea", "#d9d5c9"
    # the great wall with its stairs, and the two pylons
    c.poly([(240, 600), (330, 520), (870, 520), (960, 600)], white)
    c.poly([(240, 600), (330, 520), (350, 520), (270, 600)], shade)
    c.rect(330, 505, 870, 522, shade)
    for px, w in ((510, 56), (690, 56)):
        c.poly([(px - w / 2, 512), (px - w * 0.34, 150), (px + w * 0.34, 150), (px + w / 2, 512)],
               white)
        c.poly([(px + w * 0.05, 512), (px + w * 0.1, 150), (px + w * 0.34, 150), (px + w / 2, 512)],
               shade)
        c.rect(px - w * 0.42, 140, px + w * 0.42, 152, shade)
        c.circle(px, 128, 12, white)
        c.poly([(px - 10, 140), (px, 110), (px + 10, 140)], white)
    # the grieving figure of Canada, on the front wall
    c.ellipse(420, 515, 16, 22, white)
    c.circle(420, 492, 8, white)
    c.rect(330, 598, 870, 606, shade)
    people(c, 600, [600, 630, 780], ["#c0392b", "#2e3f66", "#e1a33b"], 0.9)
    # a Canadian maple leaf and poppies
    for _ in range(24):
        x, y = c.rng.uniform(30, W - 30), c.rng.uniform(700, 790)
        c.circle(x, y, c.rng.uniform(5, 8), "#d8342c")
        c.circle(x, y, 2, "#2a2a2a")


def scene_m_quarry(c, item):
    # Inside the chalk quarry: a gallery in perspective, lamps and projected silhouettes.
    chalk, shade, deep = "#ece6d6", "#cfc7b2", "#6b6456"
    c.rect(0, 0, W, H, shade)
    vx, vy = 640, 360
    c.poly([(0, 0), (W, 0), (vx + 90, vy - 60), (vx - 90, vy - 60)], "#ddd5c1")
    c.poly([(0, 0), (vx - 90, vy - 60), (vx - 90, vy + 70), (0, H)], chalk)
    c.poly([(W, 0), (vx + 90, vy - 60), (vx + 90, vy + 70), (W, H)], "#e4ddca")
    c.poly([(0, H), (vx - 90, vy + 70), (vx + 90, vy + 70), (W, H)], "#a99f88")
    c.rect(vx - 90, vy - 60, vx + 90, vy + 70, deep)
    c.arch(vx - 60, vy - 40, vx + 60, vy + 70, "#2d2a25")
    # wooden walkway
    c.poly([(380, H), (vx - 40, vy + 70), (vx + 40, vy + 70), (820, H)], "#8a6a48")
    for k in range(12):
        t = (k / 12) ** 1.7
        y = vy + 70 + (H - vy - 70) * t
        half = 40 + (220 - 40) * t
        c.rect(vx - half, y, vx + half, y + 2 + 3 * t, "#6d5236")
    # lamps along the vault
    for k in range(5):
        t = k / 5
        x = vx + (W - 80 - vx) * (1 - t) * 0.9 + 20
        y = vy - 60 - (vy - 40) * (1 - t) * 0.9
        c.circle(x, y, 30 * (1 - t) + 6, "#fff2c2")
        c.circle(x, y, 14 * (1 - t) + 3, "#ffd36b")
        x2 = 2 * vx - x
        c.circle(x2, y, 30 * (1 - t) + 6, "#fff2c2")
        c.circle(x2, y, 14 * (1 - t) + 3, "#ffd36b")
    # soldiers' silhouettes projected on the left wall, with their helmets
    for i, x in enumerate((90, 170, 250, 330, 410)):
        s = 1.0 - i * 0.1
        base = 640 - i * 40
        col = "#9c9380"
        c.rect(x - 18 * s, base - 150 * s, x + 18 * s, base, col)
        c.circle(x, base - 170 * s, 16 * s, col)
        c.ellipse(x, base - 180 * s, 30 * s, 8 * s, col)
        c.line([(x + 20 * s, base - 140 * s), (x + 34 * s, base - 260 * s)], col, 5 * s)
    # graffiti scratched into the chalk
    for x, y, t in ((860, 300, "NZ 1917"), (930, 470, "WELLINGTON"), (780, 560, "9·IV·17")):
        c.text((x, y), t, 26, "#8a826f", bold=False)


def scene_m_coupole(c, item):
    sky(c, item["art"]["sky"], horizon=600)
    # chalk quarry walls
    c.poly([(0, 300), (260, 330), (420, 420), (420, H), (0, H)], "#e9e4d4")
    c.poly([(W, 280), (930, 320), (800, 420), (800, H), (W, H)], "#ddd7c5")
    for y in range(330, H, 40):
        c.line([(0, y), (420, y + 30)], "#d3cdbb", 3)
        c.line([(W, y - 20), (800, y + 20)], "#cbc4b0", 3)
    # the concrete dome
    c.pie(600, 560, 330, 180, 360, "#7d8185")
    c.pie(600, 560, 330, 180, 250, "#8c9094")
    for k in range(1, 5):
        c.ring(600, 560 + k * 6, 330 - k * 62, 3, "#6c7074")
    c.rect(230, 540, 970, 620, "#6c7074")
    c.rect(0, 600, W, H, "#8a9a6a")
    c.rect(540, 560, 660, 640, "#2c2f33")                   # tunnel mouth
    c.arch(540, 540, 660, 640, "#2c2f33")
    # a V2 rocket on display
    rx, ry = 1000, 690
    c.poly([(rx - 22, ry), (rx - 22, ry - 230), (rx, ry - 300), (rx + 22, ry - 230), (rx + 22, ry)],
           "#e6e2d6")
    for k in range(4):
        c.rect(rx - 22, ry - 200 + k * 50, rx + 22, ry - 175 + k * 50, "#2b2b2b")
    c.poly([(rx - 22, ry - 50), (rx - 55, ry), (rx - 22, ry)], "#2b2b2b")
    c.poly([(rx + 22, ry - 50), (rx + 55, ry), (rx + 22, ry)], "#2b2b2b")
    # planets of the planetarium
    c.circle(230, 170, 42, "#e3a15a")
    c.ellipse(230, 170, 76, 12, "#c98b49")
    c.circle(230, 170, 38, "#e8b070")
    c.circle(1080, 110, 18, "#9fc2e8")
    people(c, 760, [460, 500, 720], ["#c0392b", "#2e6da4", "#e1a33b"], 1.4)


def scene_m_abbey(c, item):
    sky(c, item["art"]["sky"], horizon=600)
    stone, shade, roof = "#ece3cc", "#cdbf9d", "#5d6773"
    g = 600
    # the cathedral's classical front and tall roof at the back right
    c.rect(820, 170, 1120, g, stone)
    c.poly([(800, 175), (970, 80), (1140, 175)], stone)
    c.poly([(830, 172), (970, 100), (1110, 172)], shade)
    for i in range(4):
        x = 840 + i * 80
        c.rect(x, 200, x + 22, g, "#f7f1e2")
    c.arch(930, 330, 1010, g, "#4a5360")
    # the long abbey wings with rows of tall windows
    c.rect(60, 300, 860, g, stone)
    c.poly([(45, 305), (110, 230), (810, 230), (875, 305)], roof)
    c.rect(45, 296, 875, 308, shade)
    for i in range(11):
        x = 90 + i * 70
        c.arch(x, 330, x + 36, 430, "#3f4752")
        c.arch(x, 470, x + 36, 580, "#3f4752")
        c.rect(x - 4, 446, x + 40, 452, shade)
        c.poly([(x + 4, 250), (x + 18, 236), (x + 32, 250)], shade)
        c.rect(x + 8, 250, x + 28, 282, shade)
    c.rect(420, 320, 500, g, stone)
    c.poly([(410, 325), (460, 290), (510, 325)], shade)
    c.arch(440, 470, 480, g, "#5a3b28")
    # the cloister garden
    c.rect(0, g, W, H, "#83b05f")
    c.rect(0, g, W, g + 16, "#cdbf9d")
    for x in (150, 400, 650, 900, 1120):
        c.circle(x, 700, 46, "#4d8a3f")
        c.rect(x - 6, 700, x + 6, 760, "#6b4a2f")
    c.poly([(560, H), (590, g + 16), (610, g + 16), (640, H)], "#e4d9c0")
    people(c, 780, [520, 680, 715], ["#2e6da4", "#c0392b", "#f2b134"], 1.5)


def scene_m_aquarium(c, item):
    # In front of the great window of the high-seas tank.
    bands = 16
    for i in range(bands):
        c.rect(0, i * H / bands, W, (i + 1) * H / bands + 1, mix("#39a7d8", "#06284d", i / (bands - 1)))
    for k in range(7):
        x = 100 + k * 170
        c.poly([(x, 0), (x + 60, 0), (x + 200, 560), (x + 150, 560)], mix("#5fc0e6", "#1c6b9e", 0.5))
    # a manta ray
    mx, my = 560, 250
    c.poly([(mx - 250, my + 30), (mx - 40, my - 40), (mx + 40, my - 40), (mx + 250, my + 30),
            (mx + 60, my + 20), (mx, my + 60), (mx - 60, my + 20)], "#1b2f45")
    c.line([(mx, my + 60), (mx + 20, my + 170)], "#1b2f45", 4)
    c.ellipse(mx - 30, my - 42, 10, 14, "#1b2f45")
    c.ellipse(mx + 30, my - 42, 10, 14, "#1b2f45")
    # hammerhead sharks
    for sx, sy, s in ((960, 150, 1.0), (250, 420, 0.8), (1030, 430, 0.6)):
        c.ellipse(sx, sy, 110 * s, 22 * s, "#35536e")
        c.rect(sx - 130 * s, sy - 6 * s, sx - 100 * s, sy + 6 * s, "#35536e")
        c.rect(sx - 134 * s, sy - 24 * s, sx - 118 * s, sy + 24 * s, "#35536e")
        c.poly([(sx + 90 * s, sy), (sx + 160 * s, sy - 40 * s), (sx + 140 * s, sy),
                (sx + 160 * s, sy + 30 * s)], "#35536e")
        c.poly([(sx - 10 * s, sy - 18 * s), (sx + 20 * s, sy - 60 * s), (sx + 35 * s, sy - 18 * s)],
               "#35536e")
    # a school of small fish
    for _ in range(70):
        x, y = c.rng.gauss(760, 120), c.rng.gauss(360, 50)
        c.ellipse(x, y, 9, 4, "#cfe9f5")
        c.poly([(x + 8, y), (x + 14, y - 4), (x + 14, y + 4)], "#cfe9f5")
    # the sandy bottom and rocks
    c.poly([(0, 560), (300, 540), (700, 565), (W, 545), (W, 620), (0, 620)], "#3a6f7f")
    for x, r in ((120, 70), (260, 45), (980, 80), (1120, 50)):
        c.ellipse(x, 585, r, r * 0.6, "#2f5a67")
    # window frame and visitors in silhouette
    c.rect(0, 610, W, H, "#0b1626")
    c.rect(0, 600, W, 616, "#22324a")
    for x, s in ((150, 2.4), (215, 1.6), (470, 2.5), (540, 2.3), (590, 1.5), (830, 2.4),
                 (1000, 2.5), (1060, 1.7)):
        head = 800 - 92 * s
        c.circle(x, head, 10 * s, "#050b14")
        c.poly([(x - 19 * s, 800), (x - 17 * s, head + 22 * s), (x - 10 * s, head + 14 * s),
                (x + 10 * s, head + 14 * s), (x + 17 * s, head + 22 * s), (x + 19 * s, 800)],
               "#050b14")
    c.rect(380, 720, 720, 740, "#16233a")


def scene_m_castle(c, item):
    sky(c, item["art"]["sky"], horizon=560)
    # the dome of the basilica behind the walls
    c.rect(780, 200, 900, 400, "#e8e1d0")
    c.pie(840, 205, 70, 180, 360, "#e8e1d0")
    c.pie(840, 205, 70, 180, 260, "#f2ede2")
    c.rect(832, 110, 848, 140, "#e8e1d0")
    c.circle(840, 108, 10, "#d4c9ad")
    stone, shade, dark = "#c9bc9c", "#ad9f7e", "#8e8164"
    g = 560
    # curtain walls and round towers
    c.rect(120, 330, 1080, g, stone)
    for y in range(345, g, 26):
        c.rect(120, y, 1080, y + 2, shade)
    for x in (120, 440, 760, 1080):
        c.rect(x - 60, 290, x + 60, g, stone)
        c.rect(x + 20, 290, x + 60, g, shade)
        for k in range(5):
            c.rect(x - 60 + k * 26, 272, x - 46 + k * 26, 292, stone)
        c.rect(x - 6, 360, x + 6, 400, dark)
    for k in range(36):
        c.rect(120 + k * 27, 316, 134 + k * 27, 332, stone)
    # gate and bridge
    c.rect(560, 300, 660, g, stone)
    c.arch(585, 430, 635, g, "#3a3328")
    for k in range(4):
        c.rect(560 + k * 28, 284, 574 + k * 28, 302, stone)
    # the moat with reflections, and the grassy banks
    c.rect(0, g, W, 640, "#6fa452")
    c.rect(0, 600, W, 720, "#5a8fa8")
    for x in (120, 440, 760, 1080):
        c.rect(x - 50, 610, x + 50, 700, mix(stone, "#5a8fa8", 0.6))
    for _ in range(20):
        x, y = c.rng.uniform(0, W), c.rng.uniform(612, 715)
        c.rect(x, y, x + c.rng.uniform(30, 80), y + 2, "#7fb0c6")
    c.poly([(570, g), (650, g), (670, 720), (550, 720)], "#b9ab89")
    c.rect(0, 720, W, H, "#6fa452")
    people(c, 700, [590, 620], ["#c0392b", "#2e6da4"], 1.2)
    people(c, 780, [200, 240, 980], ["#7a4f9a", "#f2b134", "#2f8f83"], 1.5)


def scene_m_lace(c, item):
    sky(c, item["art"]["sky"], horizon=560)
    brick, dark = "#a9563d", "#84402d"
    g = 560
    # the old Boulart lace factory, four storeys, with its stair towers
    c.rect(120, 220, 1080, g, brick)
    m_windows(c, 140, 1060, 240, 545, 14, 4, "#3b3f46")
    for x in (260, 900):
        c.rect(x, 150, x + 70, g, dark)
        c.poly([(x - 6, 155), (x + 35, 110), (x + 76, 155)], "#4b5562")
        for y in range(180, g - 20, 60):
            c.rect(x + 25, y, x + 45, y + 30, "#3b3f46")
    # the long curved glass skin, screen-printed with the holes of Jacquard cards
    pts = []
    for i in range(41):
        t = i / 40
        x = 60 + 1080 * t
        pts.append((x, 400 - 50 * math.sin(math.pi * t)))
    c.poly(pts + [(1140, 600), (60, 600)], "#b9d3de")
    for j in range(10):
        for i in range(44):
            x = 80 + i * 24.5
            t = (x - 60) / 1080
            top = 400 - 50 * math.sin(math.pi * t)
            y = top + 18 + j * 21
            if y < 592 and (i * 7 + j * 3) % 5 != 0:
                c.ellipse(x, y, 5, 3.4, "#8eaebd")
    c.rect(60, 592, 1140, 604, "#7a98a6")
    # the canal with reflections
    c.rect(0, 604, W, 700, "#4f7f96")
    for _ in range(36):
        x, y = c.rng.uniform(0, W), c.rng.uniform(608, 696)
        c.rect(x, y, x + c.rng.uniform(30, 90), y + 2, "#7fb0c6")
    c.rect(0, 700, W, H, "#bdb4a4")
    c.rect(0, 700, W, 708, "#8f877a")
    people(c, 770, [300, 330, 820, 860], ["#c0392b", "#1d1d1f", "#e84e8a", "#2e6da4"], 1.5)


def scene_m_souchez(c, item):
    sky(c, item["art"]["sky"], horizon=520)
    # Lorette hill on the horizon, with the lantern tower and the basilica
    c.poly([(0, 470), (200, 380), (520, 360), (760, 420), (W, 470), (W, 540), (0, 540)], "#5e8651")
    c.rect(330, 300, 350, 370, "#d9cfb5")
    c.poly([(326, 300), (340, 272), (354, 300)], "#b8ad93")
    c.circle(340, 310, 6, "#ffe08a")
    c.rect(380, 340, 450, 372, "#d4c8ab")
    c.poly([(376, 340), (415, 318), (454, 340)], "#b8ad93")
    c.rect(0, 520, W, H, "#7fa35e")
    for k in range(6):
        y = 540 + k * 40
        c.rect(0, y, W, y + 3, "#8cae69")
    # the black concrete cubes of the history centre
    cubes = [(260, 470, 170), (450, 450, 190), (660, 470, 160), (840, 455, 180)]
    for x, top, w in cubes:
        c.rect(x, top, x + w, 600, "#2b2b2d")
        c.poly([(x + w, top), (x + w + 40, top - 20), (x + w + 40, 585), (x + w, 600)], "#1c1c1e")
        c.poly([(x, top), (x + 40, top - 20), (x + w + 40, top - 20), (x + w, top)], "#3a3a3d")
    for x0, x1 in ((330, 390), (520, 560), (730, 790)):
        c.rect(x0, 500, x1, 600, "#d5dde2")
    c.rect(180, 598, 1100, 606, "#9a9a96")
    people(c, 640, [560, 590], ["#c0392b", "#2e6da4"], 1.0)
    # poppies in the foreground
    for _ in range(55):
        x, y = c.rng.uniform(10, W - 10), c.rng.uniform(680, 795)
        c.line([(x, y), (x + 2, y + 18)], "#4c7a35", 2)
        c.circle(x, y, c.rng.uniform(6, 9), "#d8342c")
        c.circle(x, y, 2.2, "#2a2a2a")


# --- sites_more scenes: citadels, ramparts, coast, lighthouses, marsh, gardens, mills ------

def c_sea(c, top, shallow="#5aa9d6", deep="#1f5f8f", x0=0, x1=W, glints=30):
    """Horizontal bands of sea from y=top to the bottom, with a few sparkles."""
    bands = 8
    step = (H - top) / bands
    for i in range(bands):
        c.rect(x0, top + i * step, x1, top + (i + 1) * step + 1, mix(shallow, deep, i / (bands - 1)))
    for _ in range(glints):
        x, y = c.rng.uniform(x0, x1 - 60), c.rng.uniform(top + 8, H - 8)
        c.rect(x, y, x + c.rng.uniform(18, 55), y + 3, lighter(shallow, 0.45))


def c_gulls(c, points, colour="#ffffff", s=1.0):
    for x, y in points:
        c.line([(x - 16 * s, y - 6 * s), (x, y), (x + 16 * s, y - 6 * s)], colour, 3 * s)


def c_ship(c, x, y, length, hull="#2f3b4c", deck="#e9e4d6", boxes=("#c0392b", "#2e6da4", "#e1a33b")):
    """A container ship seen side-on, bow to the right, waterline at y."""
    c.poly([(x, y - length * 0.07), (x + length, y - length * 0.07), (x + length * 0.93, y),
            (x + length * 0.04, y)], hull)
    c.rect(x + length * 0.04, y - length * 0.1, x + length * 0.16, y - length * 0.07, deck)
    c.rect(x + length * 0.05, y - length * 0.19, x + length * 0.14, y - length * 0.1, deck)
    for i in range(7):
        bx = x + length * (0.2 + i * 0.1)
        c.rect(bx, y - length * 0.13, bx + length * 0.09, y - length * 0.07, boxes[i % 3])


def c_round_tree(c, x, ground, h, leaf, trunk="#6b4a2f"):
    c.rect(x - h * 0.05, ground - h * 0.4, x + h * 0.05, ground, trunk)
    c.ellipse(x, ground - h * 0.65, h * 0.32, h * 0.36, leaf)
    c.ellipse(x - h * 0.12, ground - h * 0.55, h * 0.2, h * 0.2, darker(leaf, 0.08))


def c_pine(c, x, ground, h, leaf="#2f5d3a", trunk="#6b4a2f"):
    c.rect(x - h * 0.03, ground - h * 0.7, x + h * 0.03, ground, trunk)
    c.ellipse(x, ground - h * 0.82, h * 0.3, h * 0.13, leaf)
    c.ellipse(x - h * 0.14, ground - h * 0.72, h * 0.18, h * 0.09, darker(leaf, 0.1))
    c.ellipse(x + h * 0.12, ground - h * 0.9, h * 0.16, h * 0.08, lighter(leaf, 0.06))


def c_poplar(c, x, ground, h, leaf="#4f7f3a"):
    c.rect(x - 3, ground - h * 0.2, x + 3, ground, "#6b4a2f")
    c.ellipse(x, ground - h * 0.58, h * 0.1, h * 0.42, leaf)
    c.ellipse(x + h * 0.03, ground - h * 0.55, h * 0.05, h * 0.36, darker(leaf, 0.12))


def c_fields(c, y0, y1, colours, rows=4):
    """A patchwork plain between y0 and y1, in perspective bands."""
    for r in range(rows):
        ya = y0 + (y1 - y0) * (r / rows) ** 1.3
        yb = y0 + (y1 - y0) * ((r + 1) / rows) ** 1.3
        x = -40
        k = r
        while x < W:
            w = c.rng.uniform(120, 260) * (1 + r * 0.4)
            c.rect(x, ya, x + w, yb + 1, colours[k % len(colours)])
            x += w
            k += 1
        c.rect(0, yb - 1, W, yb + 1, darker(colours[0], 0.15))


def c_post_mill(c, x, ground, h, body="#7a5236", roof="#4b3427", sail="#efe6d2", angle=22.0,
                brick_base=False):
    """A Flemish post mill: wooden body on a trestle (or a round brick base), four lattice sails."""
    bw, bh = h * 0.34, h * 0.42
    top = ground - h * 0.36 - bh
    if brick_base:
        c.poly([(x - h * 0.24, ground), (x - h * 0.17, ground - h * 0.36), (x + h * 0.17, ground - h * 0.36),
                (x + h * 0.24, ground)], "#b5533c")
        for k in range(1, 4):
            yy = ground - h * 0.09 * k
            c.rect(x - h * 0.23 + k * 0.015 * h, yy, x + h * 0.23 - k * 0.015 * h, yy + 2, "#93402e")
        c.arch(x - h * 0.05, ground - h * 0.18, x + h * 0.05, ground, "#5a3a2a")
    else:
        for dx in (-1, 1):
            c.line([(x + dx * h * 0.22, ground), (x, ground - h * 0.3)], "#5c4030", max(3, h * 0.025))
        c.rect(x - h * 0.03, ground - h * 0.38, x + h * 0.03, ground - h * 0.05, "#5c4030")
        c.rect(x - h * 0.2, ground - h * 0.12, x + h * 0.2, ground - h * 0.09, "#5c4030")
    # tail pole and ladder on the right
    c.line([(x + bw * 0.4, top + bh * 0.9), (x + h * 0.42, ground)], "#5c4030", max(3, h * 0.02))
    c.line([(x + bw * 0.25, top + bh), (x + h * 0.3, ground)], "#5c4030", max(2, h * 0.012))
    c.rect(x - bw / 2, top, x + bw / 2, top + bh, body)
    for k in range(1, 6):
        c.rect(x - bw / 2, top + bh * k / 6, x + bw / 2, top + bh * k / 6 + 2, darker(body, 0.18))
    c.poly([(x - bw / 2 - 6, top), (x - bw * 0.18, top - bh * 0.28), (x + bw * 0.18, top - bh * 0.28),
            (x + bw / 2 + 6, top)], roof)
    c.rect(x - bw * 0.12, top + bh * 0.3, x + bw * 0.12, top + bh * 0.5, "#2b2b2b")
    # sails, around a hub on the front face
    hx, hy = x - bw * 0.1, top + bh * 0.18
    length = h * 0.62
    for k in range(4):
        a = math.radians(angle + 90 * k)
        d = (math.cos(a), math.sin(a))
        n = (-d[1], d[0])
        r0, r1, w = length * 0.16, length, length * 0.2
        pts = [(hx + d[0] * r0, hy + d[1] * r0), (hx + d[0] * r1, hy + d[1] * r1),
               (hx + d[0] * r1 + n[0] * w, hy + d[1] * r1 + n[1] * w),
               (hx + d[0] * r0 + n[0] * w, hy + d[1] * r0 + n[1] * w)]
        c.poly(pts, sail)
        for j in range(1, 6):
            t = r0 + (r1 - r0) * j / 6
            c.line([(hx + d[0] * t, hy + d[1] * t), (hx + d[0] * t + n[0] * w, hy + d[1] * t + n[1] * w)],
                   "#8a6a4a", 2)
        c.line([(hx + d[0] * r0 + n[0] * w, hy + d[1] * r0 + n[1] * w),
                (hx + d[0] * r1 + n[0] * w, hy + d[1] * r1 + n[1] * w)], "#8a6a4a", 2)
        c.line([(hx, hy), (hx + d[0] * r1, hy + d[1] * r1)], "#5c4030", max(3, h * 0.022))
    c.circle(hx, hy, h * 0.035, "#3b2a20")


def c_bastion_trace(cx, cy, n, radius, bastion=0.27, flank=0.09, point=0.2, squash=1.25,
                    rot=-math.pi / 2):
    """Outline of a bastioned polygon seen from above: straight curtains between n arrow-head
    bastions, one at each corner of a regular polygon of the given radius."""
    verts = [(radius * math.cos(rot + i * 2 * math.pi / n), radius * math.sin(rot + i * 2 * math.pi / n))
             for i in range(n)]
    side = 2 * radius * math.sin(math.pi / n)

    def unit(x, y):
        d = math.hypot(x, y)
        return x / d, y / d

    pts = []
    for i in range(n):
        vx, vy = verts[i]
        px, py = verts[i - 1]
        nx_, ny_ = verts[(i + 1) % n]
        u1 = unit(px - vx, py - vy)
        u2 = unit(nx_ - vx, ny_ - vy)
        m1 = unit((px + vx) / 2, (py + vy) / 2)       # outward normal of the previous curtain
        m2 = unit((nx_ + vx) / 2, (ny_ + vy) / 2)     # outward normal of the next curtain
        out = unit(vx, vy)
        a = (vx + u1[0] * side * bastion, vy + u1[1] * side * bastion)
        b = (vx + u2[0] * side * bastion, vy + u2[1] * side * bastion)
        s1 = (a[0] + m1[0] * side * flank, a[1] + m1[1] * side * flank)
        s2 = (b[0] + m2[0] * side * flank, b[1] + m2[1] * side * flank)
        tip = (vx + out[0] * side * point, vy + out[1] * side * point)
        pts += [a, s1, tip, s2, b]
    return [(cx + x * squash, cy + y) for x, y in pts]


def c_ravelins(c, cx, cy, n, radius, colour, squash=1.25, rot=-math.pi / 2):
    """Half-moons in front of each curtain of c_bastion_trace's polygon."""
    side = 2 * radius * math.sin(math.pi / n)
    for i in range(n):
        a = rot + (i + 0.5) * 2 * math.pi / n
        d = radius * math.cos(math.pi / n)
        ux, uy = math.cos(a), math.sin(a)
        tx, ty = -uy, ux
        base, tip, half = d + side * 0.12, d + side * 0.3, side * 0.15
        pts = [((base) * ux + half * tx, base * uy + half * ty), (tip * ux, tip * uy),
               ((base) * ux - half * tx, base * uy - half * ty)]
        c.poly([(cx + x * squash, cy + y) for x, y in pts], colour)


def scene_c_star_citadel(c, item):
    """A star-shaped bastioned citadel (Lille) or fortified town (Gravelines) seen from above."""
    art = item["art"]
    town = art.get("variant") == "gravelines"
    rng = c.rng
    c.rect(0, 0, W, H, "#93c46a" if not town else "#a3c977")
    for _ in range(16):
        c.ellipse(rng.uniform(0, W), rng.uniform(0, H), rng.uniform(60, 150), rng.uniform(30, 70),
                  "#88b960" if not town else "#97bd6b")
    cx, cy = 600, 400
    n = 6 if town else 5
    r = 205 if town else 200
    if town:
        c.poly([(0, 0), (300, 0), (0, 140)], "#2f86b8")                         # the sea
        c.poly([(0, 90), (110, 40), (cx - 120, cy - 120), (cx - 170, cy - 70)], "#4aa3c9")  # the Aa
    else:
        c.poly([(0, 690), (W, 610), (W, 670), (0, 750)], "#4aa3c9")           # the Deûle
    c.poly(c_bastion_trace(cx, cy, n, r + 92, point=0.26, flank=0.12), "#7fb45a")   # glacis
    c.poly(c_bastion_trace(cx, cy, n, r + 62, point=0.24, flank=0.11), "#4aa3c9")   # wet ditch
    c_ravelins(c, cx, cy, n, r + 8, "#7fb45a")                                        # half-moons
    c_ravelins(c, cx, cy, n, r + 2, "#c9b48a")
    c.poly(c_bastion_trace(cx, cy, n, r + 6), "#c4a46c")                            # brick scarp
    c.poly(c_bastion_trace(cx, cy, n, r - 8), "#a9cf78")                            # rampart walk
    c.poly(c_bastion_trace(cx, cy, n, r - 30, point=0.16), "#9cc46c" if not town else "#cfc7b3")
    if town:
        # streets and blocks of red roofs, the Grand-Place, the church and the arsenal
        for gx in range(-5, 6):
            for gy in range(-4, 5):
                x, y = cx + gx * 46, cy + gy * 36
                if ((x - cx) / 1.25) ** 2 + (y - cy) ** 2 > (0.72 * r) ** 2:
                    continue
                if abs(gx) <= 1 and abs(gy) <= 1:
                    continue
                col = ["#c4553d", "#b04a36", "#d26a4c", "#8e8478"][(gx * 3 + gy) % 4]
                c.rect(x - 19, y - 13, x + 19, y + 13, col)
                c.rect(x - 19, y - 13, x + 19, y - 5, lighter(col, 0.15))
        c.rect(cx - 55, cy - 38, cx + 55, cy + 38, "#ece4d0")
        c.rect(cx - 30, cy - 92, cx + 30, cy - 52, "#9c8f7c")
        c.circle(cx, cy - 72, 11, "#59636e")
        ax = cx - 0.93 * r * 1.25
        c.rect(ax - 30, cy - 34, ax + 30, cy + 34, "#b8553d")
        c.rect(ax - 21, cy - 25, ax + 21, cy + 25, "#d9cfb6")
        # a rowing boat going round the walls
        bx, by = cx + (r + 40) * 1.25 * math.cos(0.5), cy + (r + 40) * math.sin(0.5)
        c.ellipse(bx, by, 28, 10, "#7a4f2a")
        c.ellipse(bx, by - 3, 20, 6, "#c9a27a")
        c.line([(bx - 30, by - 16), (bx + 30, by + 12)], "#5a3a1a", 3)
        people(c, by - 2, [bx - 7, bx + 9], ["#c0392b", "#2e6da4"], 0.5)
    else:
        # barracks round the pentagonal parade ground, the chapel, trees on the ramparts
        pg = [(cx + 0.36 * r * math.cos(-math.pi / 2 + i * 2 * math.pi / 5) * 1.25,
               cy + 0.36 * r * math.sin(-math.pi / 2 + i * 2 * math.pi / 5)) for i in range(5)]
        c.poly(pg, "#ddd3bb")
        for i in range(5):
            a = -math.pi / 2 + (i + 0.5) * 2 * math.pi / 5
            bx, by = cx + 0.55 * r * math.cos(a) * 1.25, cy + 0.55 * r * math.sin(a)
            along = a + math.pi / 2
            dx, dy = 0.24 * r * math.cos(along) * 1.25, 0.24 * r * math.sin(along)
            nx_, ny_ = 0.06 * r * math.cos(a) * 1.25, 0.06 * r * math.sin(a)
            c.poly([(bx - dx - nx_, by - dy - ny_), (bx + dx - nx_, by + dy - ny_),
                    (bx + dx + nx_, by + dy + ny_), (bx - dx + nx_, by - dy + ny_)], "#b8553d")
            c.poly([(bx - dx - nx_, by - dy - ny_), (bx + dx - nx_, by + dy - ny_),
                    (bx + dx, by + dy), (bx - dx, by - dy)], "#cf6a4f")
        c.rect(cx - 16, cy - 18, cx + 16, cy + 26, "#efe6d0")
        c.poly([(cx - 21, cy - 18), (cx, cy - 34), (cx + 21, cy - 18)], "#59636e")
        for _ in range(34):
            a = rng.uniform(0, 2 * math.pi)
            rr = rng.uniform(0.74, 0.8) * r
            c.circle(cx + rr * math.cos(a) * 1.25, cy + rr * math.sin(a), rng.uniform(7, 11), "#3f7f36")
        # the Porte Royale and its bridge over the ditch, towards the town
        gy = cy + 0.81 * (r - 30)
        c.poly([(cx - 12, gy), (cx + 12, gy), (cx + 16, H), (cx - 16, H)], "#d9cfb6")
        c.rect(cx - 26, gy - 10, cx + 26, gy + 8, "#efe6d0")
        # the wood around the citadel
        for x, y in ((90, 90), (130, 560), (1080, 110), (1110, 520), (70, 330), (1150, 300),
                     (300, 50), (900, 40), (1000, 740), (200, 760)):
            for k in range(6):
                c.circle(x + rng.uniform(-50, 50), y + rng.uniform(-35, 35), rng.uniform(16, 26), "#3f7f36")


def c_gate_towers(c, x, ground, w, h, stone, roof=None, arch_col="#4a3a2c"):
    """A town gate flanked by two round towers, seen from outside."""
    tw = w * 0.34
    for side in (-1, 1):
        tx = x + side * (w / 2 - tw / 2)
        c.rect(tx - tw / 2, ground - h, tx + tw / 2, ground, stone)
        c.rect(tx + tw * 0.15, ground - h, tx + tw / 2, ground, darker(stone, 0.1))
        if roof:
            c.poly([(tx - tw / 2 - 6, ground - h), (tx, ground - h - tw * 0.9), (tx + tw / 2 + 6, ground - h)],
                   roof)
        else:
            for k in range(4):
                mx = tx - tw / 2 + k * tw / 3.5
                c.rect(mx, ground - h - 14, mx + tw / 7, ground - h, stone)
        c.rect(tx - 4, ground - h * 0.6, tx + 4, ground - h * 0.45, "#2b2b2b")
    c.rect(x - w / 2 + tw, ground - h * 0.8, x + w / 2 - tw, ground, stone)
    c.arch(x - w * 0.13, ground - h * 0.55, x + w * 0.13, ground, arch_col)
    for k in range(5):
        mx = x - w / 2 + tw + k * (w - 2 * tw) / 4.5
        c.rect(mx, ground - h * 0.8 - 12, mx + (w - 2 * tw) / 9, ground - h * 0.8, stone)


def scene_c_ramparts(c, item):
    """Town walls and a gate: Bergues (brick, water), Montreuil (stone on a hill), Boulogne."""
    art = item["art"]
    v = art.get("variant", "bergues")
    sky(c, art.get("sky", "clear_day"), horizon=560)
    rng = c.rng
    if v == "bergues":
        back = mix(SKIES[art["sky"]][1], "#6c7a86", 0.35)
        # the belfry and the roofs of the town behind the walls
        for i in range(14):
            x = 60 + i * 85 + rng.uniform(-10, 10)
            h = rng.uniform(40, 80)
            c.rect(x, 400 - h, x + 70, 420, back)
            c.poly([(x, 400 - h), (x + 35, 370 - h), (x + 70, 400 - h)], back)
        c.rect(860, 170, 920, 420, "#c8a15a")
        c.rect(850, 160, 930, 176, "#a8803c")
        c.rect(870, 100, 910, 160, "#c8a15a")
        onion(c, 890, 102, 56, 60, "#3f5f4d")
        c.line([(890, 45), (890, 70)], "#3b3b3b", 3)
        for k in range(3):
            c.lancet(874, 190 + k * 70, 906, 240 + k * 70, "#2a3347")
        wall, trim = "#d6b46a", "#b8923e"
        ground = 560
        c.poly([(0, 420), (W, 405), (W, ground), (0, ground)], wall)              # the curtain wall
        for k in range(8):
            yy = 430 + k * 16
            c.rect(0, yy, W, yy + 2, trim)
        for bx in (150, 1050):                                                      # bastion faces
            c.poly([(bx - 110, 418), (bx, 392), (bx + 110, 410), (bx + 130, ground), (bx - 130, ground)],
                   darker(wall, 0.06))
        c.poly([(0, 404), (W, 390), (W, 420), (0, 434)], "#7fae5a")               # grass on top
        # the Porte de Cassel: classical gate with a pediment and Louis XIV's sun
        gx = 600
        c.rect(gx - 120, 330, gx + 120, ground, "#e2c88a")
        c.poly([(gx - 135, 332), (gx, 262), (gx + 135, 332)], "#e2c88a")
        c.poly([(gx - 110, 330), (gx, 276), (gx + 110, 330)], "#cdae6a")
        c.circle(gx, 308, 16, "#f0c23b")
        for k in range(12):
            a = k * math.pi / 6
            c.line([(gx + 18 * math.cos(a), 308 + 18 * math.sin(a)),
                    (gx + 28 * math.cos(a), 308 + 28 * math.sin(a))], "#f0c23b", 3)
        for px in (gx - 100, gx - 70, gx + 70, gx + 100):
            c.rect(px - 8, 350, px + 8, ground, "#f1dfb0")
        c.arch(gx - 45, 390, gx + 45, ground, "#4a3a2c")
        c.rect(gx - 60, 356, gx - 50, 392, "#5a4632")                             # drawbridge slots
        c.rect(gx + 50, 356, gx + 60, 392, "#5a4632")
        # the moat and the bridge, with reflections
        c.rect(0, ground, W, 700, "#4f93b8")
        for k in range(7):
            yy = ground + 14 + k * 18
            c.rect(rng.uniform(0, 300), yy, rng.uniform(700, W), yy + 3, "#6fb0cf")
        c.poly([(gx - 60, ground), (gx + 60, ground), (gx + 90, 700), (gx - 90, 700)], "#b89a66")
        c.rect(0, 700, W, H, "#86b85c")
        for x in (90, 1110, 260, 960):
            tree(c, x, 760, 150, "#4f8a3c")
        people(c, 720, [640, 670, 520], ["#c0392b", "#2e6da4", "#e1a33b"], 1.2)
    elif v == "montreuil":
        # the citadel on its wooded hill above the Canche valley
        c.rect(0, 500, W, H, "#9cc57a")
        hills(c, 560, 14, "#8fbb6c", 0.6, 1.3)
        hill = [(0, H), (0, 620)]
        for i in range(0, 41):
            x = W * i / 40
            hill.append((x, 430 + 230 * ((x - 600) / 760) ** 2))
        hill += [(W, H)]
        c.poly(hill, "#6f9a50")
        stone, shade = "#d8cfb8", "#bdb39a"
        # stone scarp wall with a bastion on each side, grass on top
        wall = [(150, 470), (250, 420), (330, 445), (870, 440), (950, 415), (1050, 465),
                (1040, 560), (950, 520), (870, 545), (330, 548), (250, 525), (160, 570)]
        c.poly(wall, stone)
        for k in range(1, 5):
            y = 450 + k * 20
            c.line([(260, y - 22), (335, y), (865, y - 4), (945, y - 24)], shade, 2)
        c.poly([(150, 470), (250, 420), (250, 525), (160, 570)], shade)
        c.poly([(950, 415), (1050, 465), (1040, 560), (950, 520)], shade)
        c.poly([(150, 470), (250, 420), (330, 445), (870, 440), (950, 415), (1050, 465), (1050, 452),
                (950, 402), (870, 428), (330, 433), (250, 408), (150, 458)], "#7fae5a")
        # Queen Bertha's gate tower, the White Tower, the powder magazine
        c.rect(430, 370, 485, 434, "#c9b48a")
        c.poly([(424, 370), (457, 346), (490, 370)], "#8a6a4a")
        c.rect(760, 268, 812, 432, "#efe9da")
        c.rect(792, 268, 812, 432, "#dcd5c4")
        for k in range(4):
            c.rect(756 + k * 16, 254, 767 + k * 16, 270, "#efe9da")
        c_gate_towers(c, 600, 440, 200, 160, "#e6dcc4", roof="#56657a")
        for x, y, s_ in ((300, 445, 120), (370, 440, 100), (900, 435, 110), (1000, 420, 120),
                         (70, 640, 170), (1140, 640, 170), (210, 600, 130), (1010, 600, 130)):
            tree(c, x, y, s_, "#4f8a3c")
        # the path climbing to the gate, and walkers
        c.poly([(560, 440), (640, 440), (760, H), (560, H)], "#d9c9a6")
        people(c, 700, [620, 652], ["#c0392b", "#2e6da4"], 1.3)
        c_gulls(c, [(260, 160), (300, 185), (900, 140)], "#ffffff", 0.9)
    else:  # boulogne
        stone = "#e3dccb"
        # the dome of the basilica and the belfry above the walls
        c.rect(700, 280, 860, 400, "#d9d1bf")
        c.rect(730, 190, 830, 290, "#e6dfcf")                                      # the drum
        for k in range(6):
            c.rect(738 + k * 16, 205, 746 + k * 16, 282, "#cfc6b2")
        c.rect(722, 186, 838, 196, "#cfc6b2")
        c.pie(780, 190, 58, 180, 360, "#7f97a6")                                     # the dome
        c.pie(780, 190, 58, 270, 360, "#6d8594")
        c.rect(770, 108, 790, 134, "#e6dfcf")                                        # the lantern
        c.pie(780, 110, 12, 180, 360, "#7f97a6")
        c.line([(780, 96), (780, 78)], "#4b4b4b", 3)
        c.rect(330, 200, 390, 400, "#cfc6b2")
        c.rect(322, 188, 398, 204, "#b9ae96")
        for k in range(3):
            c.rect(336 + k * 18, 168, 348 + k * 18, 190, "#cfc6b2")
        c.poly([(345, 168), (360, 120), (375, 168)], "#59636e")
        for i in range(10):
            x = 40 + i * 120
            if 300 < x < 860:
                continue
            c.rect(x, 340, x + 90, 420, "#b7aa96")
            c.poly([(x - 5, 340), (x + 45, 305), (x + 95, 340)], "#5d6b7d")
        ground = 590
        c.poly([(0, 420), (W, 410), (W, ground), (0, ground)], stone)
        for k in range(9):
            yy = 430 + k * 17
            c.rect(0, yy, W, yy + 2, darker(stone, 0.1))
        for k in range(30):
            x = k * 40 + (k % 2) * 20
            c.rect(x, 402 - (x / W) * 10, x + 24, 420 - (x / W) * 10, stone)          # parapet
        c.poly([(0, 396), (W, 386), (W, 402), (0, 412)], "#7fae5a")
        for x in (140, 260, 950, 1080):
            tree(c, x, 410, 120, "#5a9446")
        c_gate_towers(c, 600, 500 + 90, 300, 230, "#ece6d7")
        c.rect(590, 380, 610, 410, "#f0c23b")                                     # the Virgin's niche
        c.arch(585, 372, 615, 412, "#5d6b7d")
        c.circle(600, 392, 7, "#f0e2b8")
        c.rect(0, ground, W, H, "#c8bfae")
        for k in range(1, 6):
            c.rect(0, ground + k * 38, W, ground + k * 38 + 2, "#b3a996")
        c.poly([(520, ground), (680, ground), (760, H), (440, H)], "#d6cdbb")
        people(c, 700, [360, 395, 820, 860], ["#c0392b", "#2e6da4", "#e1a33b", "#4f8a3c"], 1.3)
        c_gulls(c, [(200, 160), (240, 190), (1000, 140)], "#ffffff", 1.0)


def scene_c_cape(c, item):
    """Cap Gris-Nez: grey cliffs, the lighthouse and its radar, the strait and England."""
    sky(c, item["art"].get("sky", "breezy"), horizon=430)
    c.poly([(0, 408), (120, 396), (300, 398), (520, 404), (600, 410)], "#eef2f3")   # white cliffs of Dover
    c.poly([(0, 410), (600, 410), (600, 412), (0, 412)], "#d8e2e6")
    c_sea(c, 410, "#5e9fc8", "#244f78", x1=W, glints=40)
    c_ship(c, 120, 520, 230)
    c_ship(c, 420, 465, 130, hull="#7a2f2f")
    c_ship(c, 30, 455, 90, hull="#3b3b3b")
    # the cliff: brown-grey sandstone and clay, green top
    top = [(520, 800), (560, 560), (610, 470), (700, 395), (830, 360), (1000, 350), (W, 352)]
    c.poly(top + [(W, H)], "#8d8677")
    for k in range(7):
        y = 440 + k * 50
        c.poly([(600 + k * 6, y), (W, y - 20 + k * 3), (W, y - 6 + k * 3), (610 + k * 6, y + 10)],
               ["#a39a86", "#7c7567", "#b3a78e"][k % 3])
    c.poly([(520, 800), (560, 560), (610, 470), (650, 480), (600, 600), (580, 800)], "#6f695d")
    for x, y, r in ((560, 780, 30), (610, 770, 22), (500, 790, 18)):
        c.ellipse(x, y, r * 1.4, r, "#5e594f")
    c.poly([(700, 395), (830, 360), (1000, 350), (W, 352), (W, 380), (1000, 372), (830, 385), (706, 414)],
           "#6fa84f")
    c.poly([(640, 452), (700, 395), (706, 414), (650, 470)], "#6fa84f")
    # the lighthouse (1957), stone tower, and the CROSS buildings with their radar
    lx = 930
    c.rect(lx - 26, 170, lx + 26, 362, "#e9e4d6")
    c.rect(lx + 8, 170, lx + 26, 362, "#d2ccbc")
    c.rect(lx - 34, 160, lx + 34, 172, "#3b3f46")
    c.rect(lx - 20, 118, lx + 20, 160, "#bcd3df")
    for k in range(3):
        c.rect(lx - 20 + k * 13, 118, lx - 18 + k * 13, 160, "#3b3f46")
    c.pie(lx, 120, 24, 180, 360, "#3b3f46")
    c.rect(1010, 318, 1170, 362, "#f2f0ea")
    c.rect(1010, 312, 1170, 320, "#9aa3ab")
    for k in range(6):
        c.rect(1022 + k * 25, 330, 1036 + k * 25, 344, "#5b7187")
    c.line([(1100, 312), (1100, 250)], "#6f7780", 4)
    c.rect(1070, 244, 1130, 252, "#6f7780")
    people(c, 380, [800, 822], ["#c0392b", "#2e6da4"], 0.9)
    c_gulls(c, [(300, 260), (340, 285), (700, 200), (240, 310)], "#ffffff", 1.0)


def scene_c_lighthouse(c, item):
    """A lighthouse in its setting: Dunkirk (harbour), Calais (old quarter), Le Touquet (pines)."""
    art = item["art"]
    style = art.get("style", "risban")
    sky(c, art.get("sky", "clear_day"), horizon=600)
    rng = c.rng
    cx = 640
    ground = 640
    if style == "risban":
        c_sea(c, 520, "#6c9cbf", "#3b6f95", glints=20)
        # harbour cranes and a ship on the left
        for x, h in ((90, 260), (230, 300), (360, 240)):
            c.rect(x - 6, 520 - h, x + 6, 560, "#d3542f")
            c.line([(x - 70, 520 - h), (x + 90, 520 - h)], "#d3542f", 8)
            c.line([(x, 520 - h - 40), (x - 70, 520 - h), ], "#d3542f", 4)
            c.line([(x, 520 - h - 40), (x + 90, 520 - h)], "#d3542f", 4)
            c.line([(x + 70, 520 - h), (x + 70, 520 - h + 90)], "#3b3b3b", 2)
        c_ship(c, 60, 560, 360)
        c.rect(0, 560, W, ground, "#9aa1a6")
        c.rect(0, ground, W, H, "#b9b2a5")
        for k in range(1, 5):
            c.rect(0, ground + k * 34, W, ground + k * 34 + 2, "#a59d8f")
        # keeper's houses and garden
        c.rect(cx + 60, ground - 110, cx + 300, ground, "#efe9dc")
        c.poly([(cx + 50, ground - 110), (cx + 180, ground - 160), (cx + 310, ground - 110)], "#5d6b7d")
        for k in range(4):
            c.rect(cx + 80 + k * 55, ground - 80, cx + 110 + k * 55, ground - 40, "#5b7187")
        top, base = 80, ground
        c.poly([(cx - 48, base), (cx - 34, top + 40), (cx + 34, top + 40), (cx + 48, base)], "#f2efe6")
        c.poly([(cx + 10, base), (cx + 10, top + 40), (cx + 34, top + 40), (cx + 48, base)], "#dcd7ca")
        c.poly([(cx - 38.5, top + 160), (cx - 34, top + 40), (cx + 34, top + 40), (cx + 38.5, top + 160)],
               "#2d3036")
        c.rect(cx - 50, top + 28, cx + 50, top + 42, "#2d3036")
        for k in range(9):
            c.rect(cx - 48 + k * 12, top + 12, cx - 45 + k * 12, top + 30, "#2d3036")
        c.rect(cx - 24, top - 34, cx + 24, top + 28, "#cfe3ec")
        c.ellipse(cx, top - 34, 28, 18, "#2d3036")
        c.line([(cx, top - 52), (cx, top - 72)], "#2d3036", 3)
        for k in range(4):
            c.rect(cx - 6, base - 150 - k * 90, cx + 6, base - 128 - k * 90, "#8a8f96")
        c.arch(cx - 16, base - 60, cx + 16, base, "#5a4632")
        people(c, 720, [300, 335, 980], ["#c0392b", "#2e6da4", "#e1a33b"], 1.3)
        c_gulls(c, [(420, 160), (460, 190), (900, 130)], "#ffffff", 1.0)
    elif style == "calais":
        # roofs of the old fishermen's quarter all around
        for row, (y, col) in enumerate(((470, "#b7aa96"), (540, "#c9bca6"))):
            x = -30
            while x < W:
                w = rng.uniform(70, 120)
                h = rng.uniform(50, 90)
                c.rect(x, y - h, x + w, 620, lighter(col, 0.06 * (x % 3)))
                c.poly([(x - 4, y - h), (x + w / 2, y - h - 40), (x + w + 4, y - h)],
                       ["#8c3f2e", "#5d6b7d", "#a04a36"][int(x) % 3])
                for k in range(int(w // 40)):
                    c.rect(x + 12 + k * 40, y - h + 20, x + 30 + k * 40, y - h + 44, "#f3e3b5")
                x += w + 4
        top, base = 70, 600
        # octagonal tower: two visible faces
        c.poly([(cx - 46, base), (cx - 36, top + 60), (cx, top + 56), (cx, base)], "#f6f4ee")
        c.poly([(cx, base), (cx, top + 56), (cx + 36, top + 60), (cx + 46, base)], "#dedad0")
        for k in range(5):
            c.rect(cx - 8, base - 80 - k * 85, cx + 8, base - 56 - k * 85, "#6b7784")
        c.rect(cx - 56, top + 44, cx + 56, top + 62, "#23262b")
        for k in range(11):
            c.rect(cx - 54 + k * 10.6, top + 24, cx - 51 + k * 10.6, top + 44, "#23262b")
        c.rect(cx - 56, top + 22, cx + 56, top + 26, "#23262b")
        c.rect(cx - 26, top - 30, cx + 26, top + 24, "#d7ebf2")
        for k in range(4):
            c.rect(cx - 26 + k * 17, top - 30, cx - 24 + k * 17, top + 24, "#23262b")
        c.ellipse(cx, top - 30, 30, 18, "#23262b")
        c.line([(cx, top - 48), (cx, top - 70)], "#23262b", 3)
        c.rect(0, 620, W, H, "#c6bfb2")
        for k in range(1, 5):
            c.rect(0, 620 + k * 40, W, 622 + k * 40, "#b2aa9b")
        people(c, 720, [220, 250, 900, 935], ["#c0392b", "#2e6da4", "#7a4f9a", "#e1a33b"], 1.3)
        c_gulls(c, [(300, 150), (340, 175), (980, 120), (1020, 150)], "#ffffff", 1.0)
    else:  # canche: Le Touquet, brick octagon with concave faces among the pines
        c.rect(0, 560, W, 610, "#3f6a44")
        for x in range(-20, W + 40, 70):
            c_pine(c, x + rng.uniform(-15, 15), 600, rng.uniform(200, 280), "#2f5d3a")
        top, base = 60, 598
        light, dark, white = "#c7643f", "#9e4a2f", "#f0e8d8"
        # concave faces: two visible, drawn as slightly waisted strips
        pts_l, pts_r = [], []
        for i in range(21):
            t = i / 20
            y = base - (base - top - 70) * t
            half = 64 - 22 * t - 9 * math.sin(math.pi * t)
            pts_l.append((cx - half, y))
            pts_r.append((cx + half, y))
        c.poly(pts_l + [(cx, top + 70), (cx, base)], light)
        c.poly([(cx, base), (cx, top + 70)] + list(reversed(pts_r)), dark)
        for k in range(10):
            y = base - 40 - k * 48
            c.rect(cx - 60 + k * 2.2, y, cx + 60 - k * 2.2, y + 6, "#e2b690")
        c.rect(cx - 66, base - 40, cx + 66, base, white)                      # stone base and planter
        c.ellipse(cx, base, 110, 18, "#6f9a50")
        c.rect(cx - 50, top + 54, cx + 50, top + 72, white)
        for k in range(9):
            c.rect(cx - 48 + k * 12, top + 36, cx - 45 + k * 12, top + 54, "#2d3036")
        c.rect(cx - 50, top + 34, cx + 50, top + 38, "#2d3036")
        c.rect(cx - 24, top - 20, cx + 24, top + 34, "#d7ebf2")
        c.ellipse(cx, top - 20, 28, 16, "#3f5f4d")
        c.line([(cx, top - 36), (cx, top - 58)], "#2d3036", 3)
        c.arch(cx - 15, base - 36, cx + 15, base, "#5a4632")
        # a half-timbered villa and the dune path
        vx = 860
        c.rect(vx, 470, vx + 230, 610, "#f3ecdd")
        for k in range(5):
            c.line([(vx + 20 + k * 48, 470), (vx + 20 + k * 48, 610)], "#6b4a33", 5)
        c.line([(vx, 540), (vx + 230, 540)], "#6b4a33", 5)
        c.poly([(vx - 20, 470), (vx + 115, 370), (vx + 250, 470)], "#8c3f2e")
        c.rect(vx + 90, 560, vx + 130, 610, "#5a4632")
        c.rect(0, 598, W, H, "#e6d6ab")
        for _ in range(40):
            x, y = rng.uniform(0, W), rng.uniform(640, 790)
            c.line([(x, y), (x - 6, y - 18)], "#9aa65a", 3)
            c.line([(x, y), (x + 7, y - 16)], "#8a9a4f", 3)
        people(c, 720, [300, 335, 520], ["#c0392b", "#2e6da4", "#e1a33b"], 1.3)


def scene_c_dunes(c, item):
    """The Slack dunes: marram-grass dunes, pine groves, the beach and Vauban's fort."""
    sky(c, item["art"].get("sky", "sea_breeze"), horizon=470)
    c_sea(c, 440, "#77b6d8", "#3a7eaa", glints=25)
    # the beach and the fort of Ambleteuse on the shore
    c.poly([(0, 520), (W, 480), (W, 560), (0, 600)], "#efdfb4")
    c.poly([(0, 505), (W, 470), (W, 482), (0, 520)], "#d8e9ee")
    fx, fy = 210, 492
    c.ellipse(fx, fy + 4, 90, 22, "#a69d86")
    c.rect(fx - 80, fy - 40, fx + 80, fy + 4, "#bdb39a")
    c.ellipse(fx, fy - 40, 80, 16, "#cfc6ae")
    c.rect(fx - 22, fy - 80, fx + 22, fy - 40, "#bdb39a")
    c.ellipse(fx, fy - 80, 22, 7, "#cfc6ae")
    for k in range(5):
        c.rect(fx - 70 + k * 32, fy - 28, fx - 62 + k * 32, fy - 16, "#6b6455")
    # a seal on a sandbank
    c.ellipse(520, 470, 70, 8, "#e3d4a8")
    c.ellipse(520, 460, 22, 8, "#6d6a66")
    c.circle(540, 455, 6, "#6d6a66")
    # dunes in layers, from pale sand to grey dune and dune woods
    layers = [(600, 60, "#eddcae", 0.4), (640, 50, "#d9cc98", 1.6), (690, 40, "#b8bd84", 2.9),
              (760, 30, "#9eae72", 4.1)]
    for base, amp, col, ph in layers:
        pts = [(0, H)]
        for i in range(0, 49):
            x = W * i / 48
            y = base - amp * abs(math.sin(ph + 3.1 * math.pi * x / W)) - 0.3 * amp * math.sin(ph * 2 + 7 * x / W)
            pts.append((x, y))
        pts.append((W, H))
        c.poly(pts, col)
        for _ in range(26):
            x = c.rng.uniform(0, W)
            y = base - amp * abs(math.sin(ph + 3.1 * math.pi * x / W)) + c.rng.uniform(4, 30)
            for k in (-1, 0, 1):
                c.line([(x, y), (x + k * 9, y - 22)], darker(col, 0.25), 2)
    for x in (900, 960, 1020, 1090, 1150, 1190):
        c_pine(c, x, 650 + (x % 3) * 8, c.rng.uniform(150, 210), "#2e5a38")
    # wooden posts and a sandy path
    c.poly([(380, H), (520, 640), (560, 640), (520, H)], "#f1e3ba")
    for k in range(6):
        x, y = 400 + k * 22, 780 - k * 26
        c.rect(x - 4, y - 26, x + 4, y, "#7a5a3a")
    people(c, 700, [520, 545], ["#c0392b", "#2e6da4"], 1.1)
    c_gulls(c, [(640, 190), (690, 215), (300, 150)], "#ffffff", 1.0)


def c_cauliflower(c, x, y, s):
    for dx, dy, r in ((-0.8, 0.1, 0.7), (0.8, 0.1, 0.7), (0, 0.35, 0.8), (-0.4, -0.3, 0.6), (0.4, -0.3, 0.6)):
        c.ellipse(x + dx * s, y + dy * s, r * s, r * s * 0.7, "#3f7f3a" if dy > 0 else "#4f9446")
    for dx, dy in ((-0.25, -0.15), (0.25, -0.15), (0, -0.35)):
        c.circle(x + dx * s, y + dy * s, 0.32 * s, "#f1ecd6")


def scene_c_marsh(c, item):
    """The Audomarois marsh: a watergang with a loaded bacôve, market gardens, reeds, poplars."""
    sky(c, item["art"].get("sky", "soft_morning"), horizon=470)
    rng = c.rng
    # Saint-Omer cathedral on the horizon
    c.rect(150, 330, 186, 440, "#9aa0a8")
    for k in range(4):
        c.rect(146 + k * 11, 320, 152 + k * 11, 332, "#9aa0a8")
    c.rect(186, 390, 300, 440, "#a8adb4")
    c.poly([(186, 390), (243, 370), (300, 390)], "#a8adb4")
    c.rect(0, 430, W, 470, "#9fbf7a")
    for x in range(-10, W, 46):
        if 120 < x < 320:
            continue
        c_poplar(c, x + rng.uniform(-8, 8), 455, rng.uniform(110, 170), "#5f8c45")
    # market gardens on the far bank, cut by a canal running into the distance
    c.rect(0, 455, W, 640, "#86b85e")
    c.poly([(600, 458), (612, 458), (700, 640), (560, 640)], "#4f8fb5")
    c.poly([(604, 458), (607, 458), (640, 640), (626, 640)], "#79b3d1")
    for r in range(6):
        t = r / 5
        y = 475 + 150 * t ** 1.3
        s_ = 5 + 13 * t
        for side, (x0, x1) in ((-1, (40, 590 - 40 * t)), (1, (630 + 60 * t, 1160))):
            n = int((x1 - x0) / (s_ * 3.2))
            for k in range(n):
                c_cauliflower(c, x0 + (x1 - x0) * (k + 0.5) / n, y, s_)
    # the maraîcher's house on the far bank
    hx = 900
    c.rect(hx, 420, hx + 140, 480, "#efe6d4")
    c.poly([(hx - 10, 420), (hx + 70, 380), (hx + 150, 420)], "#b8553d")
    c.rect(hx + 20, 436, hx + 44, 458, "#4f6a84")
    c.rect(hx + 92, 440, hx + 116, 480, "#5a4632")
    # the watergang in the foreground, with the bank and reflections
    c.rect(0, 630, W, 650, "#6f9a4a")
    c.rect(0, 650, W, H, "#4d8cb3")
    for k in range(9):
        y = 665 + k * 15
        x = rng.uniform(-100, 600)
        c.rect(x, y, x + rng.uniform(200, 600), y + 3, "#6ea9cb")
    # the bacôve: long black flat-bottomed boat loaded with cauliflowers, a man with a pole
    bx, by = 560, 730
    c.poly([(bx - 300, by - 30), (bx + 300, by - 38), (bx + 322, by - 6), (bx - 318, by + 2)], "#26272b")
    c.poly([(bx - 296, by - 30), (bx + 296, by - 38), (bx + 292, by - 30), (bx - 292, by - 22)], "#5a5b60")
    c.poly([(bx - 300, by + 4), (bx + 320, by - 4), (bx + 300, by + 10), (bx - 290, by + 14)], "#3d6f90")
    for k in range(12):
        x = bx - 230 + k * 34
        c_cauliflower(c, x, by - 42 - k * 0.4, 14)
    people(c, by - 34, [bx + 250], ["#2e5d8a"], 1.8)
    c.line([(bx + 220, by - 170), (bx + 300, by + 60)], "#7a5a3a", 6)
    # reeds on both sides and a heron on the bank
    for _ in range(70):
        x = rng.choice([rng.uniform(0, 170), rng.uniform(1040, W)])
        y = rng.uniform(640, 790)
        h = rng.uniform(40, 80)
        c.line([(x, y), (x + rng.uniform(-6, 6), y - h)], "#6f8a3a", 3)
        c.ellipse(x, y - h, 3, 9, "#8a6a3a")
    c.ellipse(1080, 610, 22, 12, "#9aa4ad")
    c.line([(1094, 604), (1106, 570)], "#9aa4ad", 5)
    c.circle(1108, 566, 7, "#9aa4ad")
    c.line([(1114, 566), (1132, 570)], "#e1a33b", 3)
    c.line([(1074, 620), (1070, 640)], "#6d6a66", 3)
    c.line([(1086, 620), (1086, 640)], "#6d6a66", 3)
    c_gulls(c, [(700, 180), (740, 200)], "#4b5563", 0.9)


def scene_c_cathedral(c, item):
    """Saint-Omer (Gothic tower and buttressed nave) or Cambrai (classical, tall steeple)."""
    art = item["art"]
    sky(c, art.get("sky", "clear_day"), horizon=640)
    rng = c.rng
    ground = 640
    if art.get("style") == "gothic":
        stone, shade, roof = "#d8ccb0", "#bfb192", "#5d6b7d"
        # the nave and transept with buttresses and pointed windows
        c.rect(520, 300, 1160, ground, stone)
        c.poly([(510, 300), (840, 210), (1170, 300)], roof)
        for k in range(7):
            x = 560 + k * 85
            c.poly([(x - 10, ground), (x - 10, 360), (x + 8, 330), (x + 14, ground)], shade)
            c.lancet(x + 22, 360, x + 60, 560, "#4b5d78")
        c.rect(900, 250, 1010, ground, stone)                         # transept front
        c.poly([(890, 250), (955, 170), (1020, 250)], stone)
        c.circle(955, 300, 34, shade)
        c.circle(955, 300, 26, "#4b5d78")
        c.lancet(925, 360, 985, 560, "#4b5d78")
        # the great west tower
        tx0, tx1 = 250, 470
        c.rect(tx0, 120, tx1, ground, stone)
        c.rect(tx1 - 40, 120, tx1, ground, shade)
        for side in (tx0 - 14, tx1 - 6):
            c.rect(side, 140, side + 20, ground, shade)
            pinnacle(c, side + 10, 140, 20, 70, shade, shade)
        for row in range(3):
            y = 170 + row * 130
            for k in range(2):
                c.lancet(tx0 + 40 + k * 85, y, tx0 + 100 + k * 85, y + 110, "#4b5d78")
                c.rect(tx0 + 40 + k * 85, y + 60, tx0 + 100 + k * 85, y + 64, stone)
        for k in range(9):
            x = tx0 + k * 27
            pinnacle(c, x + 6, 122, 10, 44, stone, shade)
        c.rect(tx0, 114, tx1, 124, shade)
        c.arch(tx0 + 75, 520, tx0 + 145, ground, "#5a4632")
        # the astronomical clock hinted on the transept
        clock(c, 955, 220, 16, "#f7efd8", "#b89a66")
        trees = [(110, 230), (1180, 200)]
    else:  # Cambrai: classical church, pediment, tall steeple with gilded Virgin
        stone, shade, roof = "#ece3cf", "#d4c7a8", "#5d6b7d"
        c.rect(380, 330, 1100, ground, stone)
        c.poly([(370, 330), (740, 250), (1110, 330)], roof)
        for k in range(8):
            x = 410 + k * 86
            c.arch(x + 14, 380, x + 54, 500, "#4f5e73")
            c.rect(x, 330, x + 8, ground, shade)
        # classical façade with pilasters and pediment
        fx0, fx1 = 150, 460
        c.rect(fx0, 300, fx1, ground, stone)
        c.poly([(fx0 - 14, 302), ((fx0 + fx1) / 2, 220), (fx1 + 14, 302)], stone)
        c.poly([(fx0 + 10, 300), ((fx0 + fx1) / 2, 238), (fx1 - 10, 300)], shade)
        for k in range(5):
            x = fx0 + 20 + k * 64
            c.rect(x, 310, x + 18, ground, "#f7f0e0")
        c.arch((fx0 + fx1) / 2 - 40, 500, (fx0 + fx1) / 2 + 40, ground, "#5a4632")
        c.arch((fx0 + fx1) / 2 - 36, 350, (fx0 + fx1) / 2 + 36, 460, "#4f5e73")
        # the steeple (1876) with the gilded statue
        sx = 870
        c.rect(sx - 62, 200, sx + 62, 330, stone)
        c.rect(sx + 22, 200, sx + 62, 330, shade)
        c.arch(sx - 30, 226, sx + 30, 316, "#3d4a5c")
        c.rect(sx - 72, 190, sx + 72, 202, shade)
        c.rect(sx - 48, 118, sx + 48, 190, stone)
        c.rect(sx + 16, 118, sx + 48, 190, shade)
        c.arch(sx - 22, 130, sx + 22, 180, "#3d4a5c")
        c.rect(sx - 56, 110, sx + 56, 120, shade)
        c.rect(sx - 30, 70, sx + 30, 110, stone)
        c.arch(sx - 12, 78, sx + 12, 104, "#3d4a5c")
        c.rect(sx - 36, 64, sx + 36, 72, shade)
        onion(c, sx, 66, 62, 44, roof)
        c.rect(sx - 2, 14, sx + 2, 30, "#b48f45")
        c.poly([(sx - 7, 30), (sx, 0), (sx + 7, 30)], "#f0c23b")                       # gilded Virgin
        c.circle(sx, 2, 5, "#f0c23b")
        trees = [(70, 210), (1160, 220)]
    c.rect(0, ground, W, H, "#cfc6b4")
    for k in range(1, 6):
        c.rect(0, ground + k * 30, W, ground + k * 30 + 2, "#bdb39f")
    for x, h in trees:
        tree(c, x, 700, h, "#4e8f3c")
    people(c, 740, [560, 600, 760, 800, 1000], ["#c0392b", "#2e6da4", "#e1a33b", "#4f8a3c", "#7a4f9a"], 1.3)


def scene_c_old_town(c, item):
    """Vieux-Lille: the Old Stock Exchange between Flemish gabled houses, a cobbled square."""
    sky(c, item["art"].get("sky", "late_afternoon"), horizon=560)
    ground = 600
    rng = c.rng
    cols = ["#b5533c", "#d9b06a", "#a8583a", "#e0c386", "#c9743f", "#efe2c4"]
    c.rect(0, 420, W, ground, mix(SKIES[item["art"].get("sky", "late_afternoon")][1], "#8a6a5a", 0.45))
    # houses on both sides with stepped or curved gables
    x = -20
    i = 0
    while x < W:
        w = rng.uniform(90, 120)
        if 330 < x + w and x < 870:
            x = 872
            continue
        h = rng.uniform(210, 270)
        col = cols[i % len(cols)]
        c.rect(x, ground - h, x + w, ground, col)
        if i % 2:
            for k in range(4):
                inset = w * 0.11 * (k + 1)
                c.rect(x + inset, ground - h - 18 * (k + 1), x + w - inset, ground - h, col)
        else:
            c.ellipse(x + w / 2, ground - h, w * 0.36, w * 0.3, col)
            c.rect(x + w * 0.2, ground - h - w * 0.24, x + w * 0.8, ground - h, col)
            c.circle(x + w / 2, ground - h - w * 0.16, w * 0.07, darker(col, 0.3))
        for row in range(3):
            for k in range(2):
                wx = x + w * (0.18 + 0.42 * k)
                wy = ground - h + 30 + row * 62
                c.rect(wx, wy, wx + w * 0.22, wy + 40, "#f2e6c9" if (row + k + i) % 3 else "#4d5a6a")
                c.rect(wx - 3, wy - 5, wx + w * 0.22 + 3, wy, lighter(col, 0.3))
        c.rect(x + w * 0.36, ground - 60, x + w * 0.64, ground, darker(col, 0.35))
        x += w + 3
        i += 1
    # the Vieille Bourse: red brick and carved cream stone, arcaded ground floor, small tower
    bx0, bx1 = 340, 860
    brick, carved = "#b5533c", "#f1dfb0"
    c.rect(bx0, 300, bx1, ground, brick)
    c.rect(bx0, 292, bx1, 304, carved)
    c.poly([(bx0 - 6, 296), (bx0 + 40, 236), (bx1 - 40, 236), (bx1 + 6, 296)], "#4d5866")
    for k in range(6):
        dx = bx0 + 55 + k * 80
        c.rect(dx, 246, dx + 26, 284, carved)
        c.poly([(dx - 4, 246), (dx + 13, 230), (dx + 30, 246)], "#4d5866")
    # the small belfry of the Bourse
    c.rect(580, 170, 620, 240, carved)
    onion(c, 600, 172, 48, 46, "#3f5f4d")
    c.line([(600, 110), (600, 128)], "#3b3b3b", 3)
    clock(c, 600, 200, 11, "#f7efd8", "#b89a66")
    for row in range(2):
        for k in range(8):
            wx = bx0 + 28 + k * 62
            wy = 318 + row * 88
            c.rect(wx - 8, wy - 8, wx + 38, wy + 62, carved)
            c.rect(wx, wy, wx + 30, wy + 54, "#4d5a6a")
            c.circle(wx + 15, wy - 12, 8, carved)
            c.ellipse(wx + 15, wy + 68, 22, 6, "#7fae5a")                      # garlands
    for k in range(7):
        ax = bx0 + 22 + k * 72
        c.arch(ax, 510, ax + 50, ground, "#5a3b30")
        c.rect(ax - 10, 500, ax - 2, ground, carved)
    # cobbled square, bookseller's stall and passers-by
    c.rect(0, ground, W, H, "#b3a48c")
    for r in range(8):
        y = ground + 6 + r * 25
        off = (r % 2) * 20
        for k in range(31):
            c.ellipse(k * 40 + off, y, 17, 8, "#a3937b" if (k + r) % 3 else "#c0b198")
    c.rect(460, 640, 720, 690, "#6b4a33")
    for k in range(9):
        c.rect(470 + k * 27, 626, 492 + k * 27, 646, ["#c0392b", "#2e6da4", "#e1a33b", "#4f8a3c"][k % 4])
    people(c, 760, [180, 220, 560, 600, 980, 1020], ["#c0392b", "#2e6da4", "#e1a33b", "#4f8a3c",
                                                     "#7a4f9a", "#2f8f83"], 1.4)


def scene_c_garden(c, item):
    """Gardens: Barbieux (landscape park), Lille botanical garden (glasshouse), Séricourt (topiary)."""
    art = item["art"]
    v = art.get("variant", "park")
    sky(c, art.get("sky", "fresh_morning"), horizon=500)
    rng = c.rng
    if v == "park":
        hills(c, 470, 20, "#79ad57", 0.4, 1.4)
        for x in range(-30, W + 60, 95):
            c_round_tree(c, x + rng.uniform(-20, 20), 470, rng.uniform(150, 230),
                         rng.choice(["#3f7f36", "#4a8a3e", "#56964a"]))
        c.rect(0, 470, W, H, "#7dba5a")
        hills(c, 560, 16, "#88c363", 1.7, 2.2)
        # the lake with its rockwork cascade and a footbridge
        c.ellipse(640, 660, 420, 90, "#5fa3c4")
        c.ellipse(640, 650, 380, 70, "#76b6d3")
        for k in range(5):
            c.ellipse(rng.uniform(340, 900), rng.uniform(630, 700), rng.uniform(30, 70), 3, "#a5d3e6")
        for x, y, r in ((960, 590, 40), (1000, 600, 30), (930, 610, 28), (990, 570, 26)):
            c.ellipse(x, y, r, r * 0.7, "#8d8a82")
        for k in range(3):
            c.rect(958 + k * 14, 560, 966 + k * 14, 640, "#e4f2f8")
        # a weeping willow leaning over the water, and a model boat
        c.rect(230, 520, 244, 640, "#6b4a2f")
        c.ellipse(240, 500, 95, 55, "#7fb24e")
        curtain = [(150, 505)]
        for k in range(13):
            x = 150 + k * 15
            curtain.append((x, 600 + 18 * math.sin(k * 1.7)))
        curtain.append((335, 505))
        c.poly(curtain, "#8fbf5a")
        for k in range(12):
            x = 160 + k * 15
            c.line([(x, 520), (x + 3, 590 + 12 * math.sin(k))], "#6f9f44", 3)
        c.poly([(600, 680), (660, 680), (650, 690), (610, 690)], "#ffffff")
        c.poly([(628, 678), (628, 640), (652, 676)], "#f2c94c")
        people(c, 770, [120, 150, 1050, 1085], ["#c0392b", "#2e6da4", "#e1a33b", "#7a4f9a"], 1.3)
    elif v == "greenhouse":
        for x in range(-30, W + 60, 110):
            c_round_tree(c, x + rng.uniform(-20, 20), 480, rng.uniform(120, 170), "#4a8a3e")
        c.rect(0, 480, W, H, "#86bf5e")
        # the tropical glasshouse: three glass "flowers" raised on a concrete platform
        c.rect(280, 390, 920, 420, "#d3d0c7")
        for px in (340, 520, 680, 860):
            c.rect(px - 10, 420, px + 10, 480, "#bdb9ad")
        for gx, gw, gh in ((400, 190, 150), (600, 230, 190), (800, 190, 150)):
            pts = [(gx - gw / 2, 390), (gx - gw / 2 + 20, 390 - gh * 0.6), (gx - gw / 4, 390 - gh),
                   (gx + gw / 4, 390 - gh), (gx + gw / 2 - 20, 390 - gh * 0.6), (gx + gw / 2, 390)]
            c.poly(pts, "#bfe0ea")
            c.poly([(gx, 390), (gx - gw / 4, 390 - gh), (gx + gw / 4, 390 - gh), (gx + gw / 2 - 20, 390 - gh * 0.6),
                    (gx + gw / 2, 390)], "#a8d2e0")
            for k in range(1, 6):
                x = gx - gw / 2 + gw * k / 6
                c.line([(x, 390), (gx - gw / 4 + gw / 2 * k / 6, 390 - gh)], "#ffffff", 3)
            for k in (0.3, 0.6):
                c.line([(gx - gw / 2 + 10 * k / 0.3, 390 - gh * k), (gx + gw / 2 - 10 * k / 0.3, 390 - gh * k)],
                       "#ffffff", 3)
            for k in range(4):
                c.ellipse(gx - gw / 4 + k * gw / 6, 380 - rng.uniform(10, 50), 18, 12, "#3f8a3a")
        # formal parterre: central pool, lawns, flower beds (roses, dahlias)
        c.poly([(0, 560), (W, 560), (W, H), (0, H)], "#8cc766")
        c.poly([(420, 560), (780, 560), (980, H), (220, H)], "#e6dcc4")
        c.ellipse(600, 660, 150, 40, "#6fb2d0")
        c.ellipse(600, 656, 130, 30, "#8cc6de")
        for side in (-1, 1):
            for r in range(4):
                y = 580 + r * 52
                x0 = 600 + side * (200 + r * 48)
                for k in range(4):
                    fx = x0 + side * k * 70
                    c.ellipse(fx, y, 28 + r * 4, 9 + r * 2,
                              ["#e84f6d", "#f4b73e", "#9d5cc8", "#f07a3c"][(k + r) % 4])
                    c.ellipse(fx, y + 6 + r, 30 + r * 4, 5, "#3f8a4a")
        people(c, 760, [470, 500, 730], ["#c0392b", "#2e6da4", "#e1a33b"], 1.3)
    else:  # topiary: Séricourt's warrior garden and rose cathedral
        hills(c, 470, 24, "#6f9f52", 0.9, 1.2)
        for x in range(-30, W + 60, 80):
            c_round_tree(c, x + rng.uniform(-20, 20), 470, rng.uniform(130, 200), "#3f7436")
        c.rect(0, 470, W, H, "#8cbf5f")
        # the cathedral of roses: a line of arches covered with roses, in perspective
        for k in range(7):
            t = k / 6
            x = 860 - 260 * t
            y = 720 - 230 * t
            s = 1.0 - 0.55 * t
            arc = [(x + 90 * s * math.cos(math.pi + j * math.pi / 16),
                    y - 150 * s + 90 * s * math.sin(math.pi + j * math.pi / 16)) for j in range(17)]
            c.line(arc, "#6b4a33", 10 * s)
            c.rect(x - 90 * s - 5 * s, y - 150 * s, x - 90 * s + 5 * s, y, "#6b4a33")
            c.rect(x + 90 * s - 5 * s, y - 150 * s, x + 90 * s + 5 * s, y, "#6b4a33")
            for j in range(12):
                a = math.pi + j * math.pi / 11
                c.circle(x + 90 * s * math.cos(a), y - 150 * s + 90 * s * math.sin(a), 10 * s,
                         ["#e8577d", "#f49ab0", "#d83a5a"][j % 3])
        # the warriors: yews clipped into soldiers, in ranks
        for r in range(4):
            t = r / 3
            y = 540 + 200 * t
            s = 0.55 + 0.6 * t
            for k in range(5):
                x = 90 + k * 95 * s + r * 10
                c.rect(x - 14 * s, y - 90 * s, x + 14 * s, y, "#2f5a2c")
                c.ellipse(x, y - 96 * s, 17 * s, 17 * s, "#2f5a2c")
                c.rect(x - 14 * s, y - 60 * s, x + 14 * s, y - 54 * s, "#3e6e38")
        # box balls and a bench
        for x in (560, 620, 680):
            c.ellipse(x, 770, 30, 22, "#3e7a3a")
        c.rect(1000, 740, 1120, 748, "#8a6a4a")
        c.rect(1006, 748, 1012, 770, "#8a6a4a")
        c.rect(1108, 748, 1114, 770, "#8a6a4a")
        people(c, 780, [720, 750], ["#c0392b", "#2e6da4"], 1.3)


def scene_c_windmill(c, item):
    """Post mills: Mont Cassel's Casteel Meulen on its hill, or the two mills of Villeneuve-d'Ascq."""
    art = item["art"]
    sky(c, art.get("sky", "breezy"), horizon=520)
    rng = c.rng
    if art.get("variant") == "hill":
        # the Flemish plain far below, the hill and the town on its slopes
        c_fields(c, 500, 800, ["#a9c77a", "#c9cf86", "#8fba68", "#d7c98a", "#9cc274"], rows=5)
        for x in (150, 420, 980, 1120):
            c_poplar(c, x, 520, 60, "#5f8c45")

        def hill_y(x):
            return 370 + 210 * ((x - 620) / 560) ** 2

        hill = [(0, H)] + [(W * i / 40, min(hill_y(W * i / 40), 800)) for i in range(41)] + [(W, H)]
        c.poly(hill, "#6fa34d")
        # roofs of Cassel clustered on the slopes, stepped gables here and there
        for row in range(2):
            for x in range(60 + row * 35, 1180, 75):
                if 470 < x < 780:
                    continue
                y = hill_y(x) + 50 + row * 70
                col = ["#b5533c", "#d9b06a", "#efe2c4", "#c9743f", "#a8583a"][(x // 75 + row) % 5]
                c.rect(x, y - 40, x + 66, y + 50, col)
                if (x // 75) % 2:
                    for k in range(3):
                        c.rect(x + 8 * (k + 1), y - 40 - 12 * (k + 1), x + 66 - 8 * (k + 1), y - 40, col)
                else:
                    c.poly([(x - 4, y - 40), (x + 33, y - 72), (x + 70, y - 40)], "#5d4a3f")
                c.rect(x + 24, y - 22, x + 42, y, "#4d5a6a")
        c.poly([(0, 760), (W, 740), (W, H), (0, H)], "#79ad57")
        for x in (60, 200, 1000, 1140):
            tree(c, x, 790, 130, "#4f8a3c")
        # the orientation table on the summit, next to the mill
        c.rect(430, 346, 446, 378, "#c9c1ad")
        c.ellipse(438, 344, 34, 9, "#a69d86")
        c_post_mill(c, 690, 372, 330, sail="#d9573d")
        people(c, 378, [480, 505, 890], ["#c0392b", "#2e6da4", "#e1a33b"], 1.0)
    else:  # pair: the oil mill on its brick base and the flour mill, the museum between them
        hills(c, 520, 10, "#8fbf67", 0.3, 1.1)
        for x in range(-20, W + 40, 90):
            c_round_tree(c, x + rng.uniform(-20, 20), 520, rng.uniform(90, 140), "#4a8a3e")
        c.rect(0, 520, W, H, "#86bf5e")
        c.rect(520, 500, 720, 590, "#b5533c")                               # the museum
        c.poly([(510, 500), (620, 460), (730, 500)], "#5d4a3f")
        for k in range(4):
            c.rect(540 + k * 45, 530, 566 + k * 45, 570, "#f1e3c0")
        c_post_mill(c, 330, 640, 430, brick_base=True, angle=12)
        c_post_mill(c, 930, 600, 330, angle=40, body="#8a6040")
        c.ellipse(1050, 740, 260, 50, "#5fa3c4")                              # a lake of Villeneuve-d'Ascq
        c.ellipse(1050, 734, 230, 36, "#7ab8d4")
        people(c, 740, [520, 550, 700], ["#c0392b", "#2e6da4", "#e1a33b"], 1.3)


def c_abbey_hill(x):
    return 390 + 250 * ((x - 620) / 620) ** 2


def scene_c_abbey(c, item):
    """Mont des Cats: the brick Trappist abbey on its wooded hill, the TV mast, the plain below."""
    sky(c, item["art"].get("sky", "overcast_bright"), horizon=560)
    c_fields(c, 500, 800, ["#a9c77a", "#c9cf86", "#8fba68", "#d7c98a", "#9cc274"], rows=5)
    # the TV mast behind the abbey (drawn before the hill, which hides its foot)
    mx = 980
    c.poly([(mx - 16, 480), (mx - 3, 60), (mx + 3, 60), (mx + 16, 480)], "#c9ccd1")
    for k in range(7):
        y = 70 + k * 42
        c.rect(mx - 6 - k, y, mx + 6 + k, y + 20, "#c0392b" if k % 2 == 0 else "#f2f2f2")
    hill = [(0, H)]
    for i in range(0, 41):
        x = W * i / 40
        hill.append((x, min(c_abbey_hill(x), 800)))
    hill.append((W, H))
    c.poly(hill, "#4f7f3f")
    # the abbey: long brick wings, the church with its pointed roof and bell tower
    brick, roof = "#a84a34", "#4b4f58"
    c.rect(360, 300, 900, 400, brick)
    c.poly([(350, 300), (400, 262), (860, 262), (910, 300)], roof)
    for k in range(11):
        c.arch(380 + k * 47, 320, 400 + k * 47, 360, "#f2e3c0")
    c.rect(520, 220, 700, 400, darker(brick, 0.05))
    c.poly([(510, 222), (610, 150), (710, 222)], roof)
    c.lancet(585, 250, 635, 350, "#3d4a5c")
    c.rect(700, 150, 750, 400, brick)
    c.poly([(694, 152), (725, 70), (756, 152)], roof)
    c.lancet(713, 180, 737, 230, "#3d4a5c")
    c.line([(725, 70), (725, 48)], "#3b3b3b", 3)
    c.rect(330, 392, 930, 410, "#c9b48a")                                   # the enclosure wall
    # woods on the slopes
    for k in range(26):
        x = k * 48 + c.rng.uniform(-10, 10)
        if 520 < x < 700:
            continue
        y = c_abbey_hill(x)
        y = max(y + 30, 470) if 300 < x < 960 else y + 40
        c_round_tree(c, x, min(y + 30, 760), c.rng.uniform(70, 110),
                     c.rng.choice(["#355f2e", "#3f6f35", "#2f5529"]))
    # the road up, a cyclist, walkers
    c.poly([(560, 410), (640, 410), (820, 800), (520, 800)], "#bdb7a8")
    people(c, 720, [600, 630, 700], ["#c0392b", "#2e6da4", "#e1a33b"], 1.2)
    c_gulls(c, [(250, 180), (290, 200)], "#4b5563", 0.9)


# --- route steps (sites_routes.py) and the routes' own pictures (routes.py) -------------------

def portal_headframe(c, x, ground, h, w, colour):
    """A tall portal headframe (chevalement à portique) straddling its building, as at Arenberg."""
    for dx in (-w / 2, w / 2):
        c.line([(x + dx, ground), (x + dx * 0.6, ground - h)], colour, 12)
    for k in range(1, 7):
        y = ground - h * k / 7
        half = w / 2 - (w / 2 - w * 0.3) * k / 7
        c.line([(x - half, y), (x + half, y)], colour, 6)
        c.line([(x - half, y), (x + half * 0.9, y - h / 7)], colour, 3)
    c.rect(x - w * 0.38, ground - h - 24, x + w * 0.38, ground - h + 4, colour)
    for dx in (-w * 0.2, w * 0.2):
        c.circle(x + dx, ground - h - 30, h * 0.07, colour)
        c.circle(x + dx, ground - h - 30, h * 0.045, mix(colour, "#c9cfd4", 0.7))


def scene_m_pit_9_9bis(c, item):
    """Oignies: two headframes over regionalist brick buildings, conical slag heap no. 110 to
    the west, and the Métaphone's dark perforated box."""
    sky(c, item["art"]["sky"], horizon=600)
    terril(c, 170, 600, 460, 230, "#3c3f3c")
    for _ in range(14):
        c.circle(c.rng.uniform(60, 300), c.rng.uniform(470, 590), c.rng.uniform(7, 13),
                 c.rng.choice(["#5f7f44", "#6f8f4f"]))
    hills(c, 600, 6, "#7f9c5e", 0.8, 1.3)
    g = 640
    brick, dark, trim = "#a4502f", "#6e3322", "#e3cfa8"
    # the pit buildings with stepped gables
    c.rect(330, 470, 760, g, brick)
    for x0 in (330, 545):
        c.poly([(x0, 470), (x0 + 30, 440), (x0 + 60, 440), (x0 + 60, 420), (x0 + 155, 420),
                (x0 + 155, 440), (x0 + 185, 440), (x0 + 215, 470)], brick)
        c.rect(x0 + 95, 428, x0 + 120, 460, trim)
    c.rect(330, 466, 760, 474, trim)
    for i in range(7):
        c.arch(350 + i * 58, 500, 385 + i * 58, 590, "#f0d58a")
    headframe(c, 450, 470, 230, "#2e3944")
    headframe(c, 650, 470, 250, "#27323c")
    # the Métaphone, a dark box pierced with small lights
    c.rect(820, 440, 1110, g, "#2b2d33")
    for y in range(460, g - 20, 26):
        for x in range(838, 1100, 26):
            if c.rng.random() < 0.55:
                c.circle(x, y, 3.5, c.rng.choice(["#f2d27a", "#9fd1e8", "#f5f1e0"]))
    c.rect(0, g, W, H, "#6f6a61")
    for x in range(0, W, 40):
        c.rect(x, 700, x + 20, 708, "#57524b")
    people(c, 770, [250, 285, 980], ["#e1a33b", "#2e6da4", "#c0392b"], 1.5)


def scene_m_arenberg(c, item):
    """Wallers-Arenberg: two early headframes and the tall portal headframe of shaft 3-4, at the
    edge of the forest, with a film camera for Germinal and the image centre."""
    sky(c, item["art"]["sky"], horizon=600)
    for x in range(-40, W + 60, 70):
        c_round_tree(c, x + c.rng.uniform(-15, 15), 600, c.rng.uniform(110, 170),
                     c.rng.choice(["#3f6f36", "#4a7a3e", "#35602f"]))
    g = 640
    brick, dark = "#9e4a33", "#6b3222"
    c.rect(60, 480, 560, g, brick)
    c.poly([(50, 480), (310, 430), (570, 480)], dark)
    for i in range(7):
        c.arch(85 + i * 66, 510, 120 + i * 66, 600, "#f2d27a")
    headframe(c, 190, 480, 200, "#2f3a44")
    headframe(c, 430, 480, 170, "#394550")
    c.rect(640, 500, 1120, g, brick)
    c.rect(630, 490, 1130, 504, dark)
    for i in range(8):
        c.rect(660 + i * 56, 530, 690 + i * 56, 590, "#f2d27a")
    portal_headframe(c, 880, 500, 330, 240, "#263039")
    c.rect(0, g, W, H, "#77726a")
    # Paris-Roubaix cobbles in the foreground
    for row in range(4):
        y = 690 + row * 26
        for x in range(-20 + (row % 2) * 24, W, 48):
            c.rect(x, y, x + 42, y + 20, c.rng.choice(["#8c8781", "#7d7872", "#99948d"]))
    # a film camera on its tripod
    cx, cy = 1040, 640
    for dx in (-30, 0, 30):
        c.line([(cx, cy), (cx + dx, cy + 70)], "#2b2b2b", 5)
    c.rect(cx - 36, cy - 40, cx + 30, cy, "#2b2b2b")
    c.circle(cx - 20, cy - 58, 18, "#2b2b2b")
    c.circle(cx + 14, cy - 58, 18, "#2b2b2b")
    c.rect(cx + 30, cy - 30, cx + 58, cy - 12, "#444444")
    people(c, 770, [300, 336], ["#e1a33b", "#2e6da4"], 1.5)


def scene_m_station_lens(c, item):
    """Lens station: a long low Art Deco building read as a steam locomotive, its clock tower the
    chimney, round canopies the wheels, the old buffet the tender."""
    sky(c, item["art"]["sky"], horizon=560)
    hills(c, 560, 6, "#8fb36a", 0.4, 1.2)
    g = 600
    body, trim, glass = "#e8dcc3", "#b9a57f", "#6f90a8"
    # the tender (former buffet), the long hall, the clock-tower chimney
    c.rect(880, 470, 1130, g, body)
    c.rect(140, 430, 880, g, body)
    c.rect(140, 420, 880, 436, trim)
    for i in range(30):  # frieze of lozenges under the cornice
        x = 160 + i * 24
        c.poly([(x, 446), (x + 8, 440), (x + 16, 446), (x + 8, 452)], trim)
    tx = 200
    c.rect(tx - 42, 230, tx + 42, 430, body)
    c.rect(tx - 50, 222, tx + 50, 236, trim)
    clock(c, tx, 290, 28, "#fbf7ea", "#8a7a5c")
    # tall glazed bays of the hall and the rounded canopies (the wheels)
    for i in range(9):
        x = 300 + i * 62
        c.rect(x, 470, x + 38, 570, glass)
        c.rect(x + 17, 470, x + 21, 570, "#dfe7ec")
    for x in (330, 560, 790):
        c.pie(x, g, 70, 180, 360, "#5e5244")
        c.pie(x, g, 56, 180, 360, body)
        c.pie(x, g, 16, 180, 360, "#5e5244")
    for i in range(4):
        c.rect(910 + i * 56, 500, 940 + i * 56, 560, glass)
    c.text((520, 395), "LENS", 34, "#5e5244")
    c.rect(0, g, W, H, "#cfc7b6")
    for x in range(0, W, 60):
        c.rect(x, 690, x + 40, 696, "#8a8478")
    people(c, 760, [420, 455, 700, 930], ["#c0392b", "#2e6da4", "#e1a33b", "#2f8f83"], 1.5)


def scene_m_stadium(c, item):
    """Bollaert-Delelis: four square stands in red and gold, floodlights, the pitch seen from
    the top of a stand."""
    sky(c, item["art"]["sky"], horizon=420)
    g = 420
    red, gold, dark = "#c8102e", "#f2c230", "#5a1a1f"
    # far stand with its roof
    c.rect(80, 250, 1120, g, red)
    c.rect(60, 230, 1140, 254, dark)
    for r in range(6):
        y = 270 + r * 24
        for x in range(100, 1100, 40):
            c.rect(x, y, x + 30, y + 10, gold if (x // 40 + r) % 3 else "#f5e2a0")
    for x in (60, 1140):
        c.rect(x - 8, 120, x + 8, g, "#3b3b3b")
        c.rect(x - 40, 100, x + 40, 130, "#3b3b3b")
        for k in range(4):
            c.rect(x - 34 + k * 18, 106, x - 22 + k * 18, 124, "#fff4c2")
    # the pitch, striped
    c.poly([(140, g), (1060, g), (1200, 700), (0, 700)], "#4f9b3c")
    for k in range(6):
        c.poly([(140 + k * 153, g), (216 + k * 153, g), (k * 200 + 100, 700), (k * 200, 700)],
               "#5aa947")
    c.line([(140, g + 2), (1060, g + 2), (1200, 700)], "#f5f5f5", 4)
    c.line([(600, g), (600, 700)], "#f5f5f5", 4)
    c.ring(600, 540, 70, 4, "#f5f5f5")
    # near stand rail and supporters waving flags
    c.rect(0, 700, W, H, dark)
    for i in range(14):
        x = 40 + i * 84
        c.circle(x, 735, 10, "#3a2f2a")
        c.poly([(x - 12, 800), (x - 9, 745), (x + 9, 745), (x + 12, 800)], red if i % 2 else gold)
        if i % 3 == 0:
            c.line([(x + 8, 745), (x + 30, 690)], "#3b3b3b", 3)
            c.poly([(x + 30, 690), (x + 70, 700), (x + 30, 712)], gold if i % 2 else red)


def scene_m_museum_park(c, item):
    """The Louvre-Lens park: meadows, a pioneer wood, a reflecting pool, the museum's low
    aluminium line and the twin slag heaps on the horizon."""
    sky(c, item["art"]["sky"], horizon=520)
    terril(c, 980, 500, 300, 150, "#55594f")
    terril(c, 1150, 500, 260, 120, "#62665c")
    hills(c, 505, 8, "#8dbb6a", 0.9, 1.4)
    c.poly([(120, 440), (760, 452), (760, 520), (120, 520)], "#d3dbe0")
    c.poly([(120, 440), (760, 452), (760, 460), (120, 448)], "#f3f6f8")
    c.rect(0, 520, W, H, "#86c062")
    for x in range(-20, 260, 46):
        c_round_tree(c, x, 560, c.rng.uniform(110, 160), c.rng.choice(["#3f7f36", "#4a8a3e"]))
    # the long straight paths on the old coal railways (cavaliers)
    c.poly([(0, 600), (W, 570), (W, 588), (0, 620)], "#ece4cf")
    c.poly([(300, H), (640, 600), (680, 600), (420, H)], "#ece4cf")
    c.ellipse(880, 660, 230, 46, "#8cc4dc")
    c.ellipse(880, 656, 200, 34, "#a9d6e8")
    for _ in range(120):  # flowering meadow
        x, y = c.rng.uniform(0, W), c.rng.uniform(625, H)
        if abs(x - 880) < 240 and abs(y - 660) < 50:
            continue
        c.circle(x, y, c.rng.uniform(2.5, 5), c.rng.choice(["#f5f1e0", "#f2d27a", "#d66b8c", "#9b7fc8"]))
    people(c, 600, [560, 590, 1000], ["#7a4f9a", "#c0392b", "#2f8f83"], 1.2)


# Route pictures: a flat map poster of the route, its steps as numbered discs joined by the
# straight legs the kiosk draws, and a pictogram of the means. Positions come from the steps'
# coordinates, so the picture matches the route's shape.

ROUTE_PALETTES = {
    "walk": ("#f4efe3", "#2f8f83", "#c0392b"),
    "bike": ("#eef4e6", "#2e6da4", "#e1a33b"),
    "car": ("#f1ece6", "#7a4f9a", "#c0392b"),
}


def route_pictogram(c, means, x, y, s, colour):
    if means == "walk":
        c.circle(x, y - s * 0.8, s * 0.16, colour)
        c.line([(x, y - s * 0.6), (x - s * 0.05, y - s * 0.1)], colour, s * 0.14)
        c.line([(x - s * 0.05, y - s * 0.1), (x - s * 0.3, y + s * 0.35)], colour, s * 0.12)
        c.line([(x - s * 0.05, y - s * 0.1), (x + s * 0.25, y + s * 0.35)], colour, s * 0.12)
        c.line([(x - s * 0.3, y - s * 0.2), (x, y - s * 0.5), (x + s * 0.3, y - s * 0.3)], colour,
               s * 0.1)
    elif means == "bike":
        for dx in (-s * 0.42, s * 0.42):
            c.ring(x + dx, y + s * 0.1, s * 0.3, s * 0.07, colour)
        c.line([(x - s * 0.42, y + s * 0.1), (x - s * 0.1, y - s * 0.35), (x + s * 0.25, y - s * 0.35),
                (x + s * 0.42, y + s * 0.1)], colour, s * 0.08)
        c.line([(x - s * 0.1, y - s * 0.35), (x, y + s * 0.1), (x + s * 0.25, y - s * 0.35)], colour,
               s * 0.08)
    else:
        c.poly([(x - s * 0.6, y + s * 0.15), (x - s * 0.5, y - s * 0.1), (x - s * 0.3, y - s * 0.45),
                (x + s * 0.3, y - s * 0.45), (x + s * 0.5, y - s * 0.1), (x + s * 0.6, y + s * 0.15)],
               colour)
        c.rect(x - s * 0.6, y + s * 0.1, x + s * 0.6, y + s * 0.3, colour)
        for dx in (-s * 0.35, s * 0.35):
            c.circle(x + dx, y + s * 0.3, s * 0.14, "#2b2b2b")


def draw_route(route, step_geo):
    """Draws a route's picture; step_geo lists the (lat, lon) of each step, in order."""
    c = Canvas("route:" + route["slug"])
    paper, line, disc = ROUTE_PALETTES[route["means"]]
    c.rect(0, 0, W, H, paper)
    # soft patches of parkland and water, seeded by the slug
    for _ in range(9):
        c.ellipse(c.rng.uniform(0, W), c.rng.uniform(0, 640), c.rng.uniform(60, 200),
                  c.rng.uniform(40, 110), c.rng.choice(["#dbe8c8", "#cfe2bd", "#d6e6ef"]))
    for k in range(0, W, 80):  # a faint grid, as on a printed map
        c.rect(k, 0, k + 1, 640, "#e2dccd")
    for k in range(0, 640, 80):
        c.rect(0, k, W, k + 1, "#e2dccd")
    # fit the steps into the map area, keeping the true proportions (a degree of longitude is
    # shorter than one of latitude by cos(lat))
    lats = [p[0] for p in step_geo]
    lons = [p[1] for p in step_geo]
    mid = (min(lats) + max(lats)) / 2
    k_lon = math.cos(math.radians(mid))
    span_x = max((max(lons) - min(lons)) * k_lon, 1e-4)
    span_y = max(max(lats) - min(lats), 1e-4)
    box_x0, box_y0, box_x1, box_y1 = 120, 70, W - 120, 560
    scale = min((box_x1 - box_x0) / span_x, (box_y1 - box_y0) / span_y)
    cx0 = (box_x0 + box_x1) / 2 - scale * span_x / 2
    cy0 = (box_y0 + box_y1) / 2 + scale * span_y / 2
    pts = [(cx0 + (lon - min(lons)) * k_lon * scale, cy0 - (lat - min(lats)) * scale)
           for lat, lon in step_geo]
    legs = pts + ([pts[0]] if route.get("loop") and len(pts) > 2 else [])
    c.line(legs, darker(line, 0.2), 16)
    c.line(legs, line, 10)
    # steps closer than a disc (Louvre-Lens and the 11/19 on a basin-wide map) are pushed
    # apart so that every number stays readable; a short tick joins a moved disc to its place
    discs = []
    for x, y in pts:
        dx, dy = x, y
        for _ in range(8):
            near = [(ox, oy) for ox, oy in discs if math.hypot(dx - ox, dy - oy) < 62]
            if not near:
                break
            ox, oy = near[0]
            ang = math.atan2(dy - oy, dx - ox) if (dx, dy) != (ox, oy) else -math.pi / 2
            dx, dy = ox + 64 * math.cos(ang), oy + 64 * math.sin(ang)
        if (dx, dy) != (x, y):
            c.line([(x, y), (dx, dy)], darker(line, 0.2), 5)
        discs.append((dx, dy))
    for i, (x, y) in enumerate(discs):
        c.circle(x, y, 30, "#ffffff")
        c.circle(x, y, 25, disc if i == 0 else line)
        c.text((x, y + 1), str(i + 1), 26, "#ffffff")
    # the title band
    c.rect(0, 640, W, H, line)
    route_pictogram(c, route["means"], 90, 715, 90, "#ffffff")
    title = route["title"]["fr"]
    size = c.fit_text(title, W - 220, 54)
    c.text((W / 2 + 50, 720), title, size, "#ffffff")
    return c


SCENES = {
    "louvre_lens": scene_louvre_lens,
    "palais_beaux_arts": scene_palais_beaux_arts,
    "la_piscine": scene_la_piscine,
    "mining": scene_mining,
    "memorial_ring": scene_memorial_ring,
    "citadel": scene_citadel,
    "cliffs": scene_cliffs,
    "m_lam": scene_m_lam,
    "m_townhouse": scene_m_townhouse,
    "m_villa": scene_m_villa,
    "m_hospice": scene_m_hospice,
    "m_matisse": scene_m_matisse,
    "m_musverre": scene_m_musverre,
    "m_chartreuse": scene_m_chartreuse,
    "m_flandre": scene_m_flandre,
    "m_dynamo": scene_m_dynamo,
    "m_twin_terrils": scene_m_twin_terrils,
    "m_coron": scene_m_coron,
    "m_vimy": scene_m_vimy,
    "m_quarry": scene_m_quarry,
    "m_coupole": scene_m_coupole,
    "m_abbey": scene_m_abbey,
    "m_aquarium": scene_m_aquarium,
    "m_castle": scene_m_castle,
    "m_lace": scene_m_lace,
    "m_souchez": scene_m_souchez,
    "c_star_citadel": scene_c_star_citadel,
    "c_ramparts": scene_c_ramparts,
    "c_cape": scene_c_cape,
    "c_lighthouse": scene_c_lighthouse,
    "c_dunes": scene_c_dunes,
    "c_marsh": scene_c_marsh,
    "c_cathedral": scene_c_cathedral,
    "c_old_town": scene_c_old_town,
    "c_garden": scene_c_garden,
    "c_windmill": scene_c_windmill,
    "c_abbey": scene_c_abbey,
    "m_pit_9_9bis": scene_m_pit_9_9bis,
    "m_arenberg": scene_m_arenberg,
    "m_station_lens": scene_m_station_lens,
    "m_stadium": scene_m_stadium,
    "m_museum_park": scene_m_museum_park,
}
POSTERS = {
    "braderie": poster_braderie,
    "carnival": poster_carnival,
    "giants": poster_giants,
    "christmas": poster_christmas,
    "christmas_tall": poster_christmas_tall,
    "film": poster_film,
    "e_kites": poster_e_kites,
    "e_moto": poster_e_moto,
    "e_cycling": poster_e_cycling,
    "e_stage": poster_e_stage,
    "e_heritage": poster_e_heritage,
    "e_museum_night": poster_e_museum_night,
    "e_throw": poster_e_throw,
    "e_herring": poster_e_herring,
    "e_market": poster_e_market,
    "e_bells": poster_e_bells,
    "e_piano": poster_e_piano,
    "e_art": poster_e_art,
    "e_circus": poster_e_circus,
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
    art = item.get("art", {})
    tall = art.get("poster", "").endswith("_tall")
    c = Canvas(item["slug"], TALL_W, TALL_H) if tall else Canvas(item["slug"])
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
    unknown = wanted - {i["slug"] for i in ITEMS} - {r["slug"] for r in ROUTES}
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
    by_slug = {i["slug"]: i for i in ITEMS}
    for route in ROUTES:
        if wanted and route["slug"] not in wanted:
            continue
        path = OUT / f"{route['slug']}.png"
        size = draw_route(route, [step_geo(s, by_slug) for s in route["steps"]]).finish(path)
        total += size
        print(f"{path.name:45s} {size / 1024:6.1f} KB")
    print(f"draw_illustrations: {total / 1024:.0f} KB in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
