// The map's layout: view motion, pin clustering, label placement and hit testing (see the header).
#include "session/map_layout.h"

#include "core/kinds.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>

namespace kiosk::session {

namespace {

constexpr float kTwoPi = 6.2832f, kHalfPi = 1.5708f;

Point to_point(ScreenPoint s) { return {static_cast<float>(s.x), static_cast<float>(s.y)}; }

Box square(Point c, float half) { return {{c.x - half, c.y - half}, {c.x + half, c.y + half}}; }

// The point that was under (view centre - d) comes to the view centre.
void pan(MapView& v, const MapProjection& p, double dx, double dy) {
    const ScreenPoint mid = p.to_screen(p.centre());
    const LonLat c = p.to_geo({mid.x - dx, mid.y - dy});
    v.center_lon = c.lon;
    v.center_lat = c.lat;
}

// Labels placed in priority order: a label that would overlap one already placed (or anything
// else taken) is left out rather than drawn on top of it.
struct Placer {
    std::vector<Box> taken;
    bool place(const Box& r) {
        for (const Box& t : taken)
            if (r.overlaps(t)) return false;
        taken.push_back(r);
        return true;
    }
};

}  // namespace

// --- The view ----------------------------------------------------------------------------------

int pick_base_map(const GeoBox* pack_box, const std::vector<const MapData*>& bases) {
    int best = -1;
    double best_overlap = -1;
    for (size_t i = 0; i < bases.size(); ++i) {
        const MapData* b = bases[i];
        if (!b) continue;
        if (!pack_box || box_inside(*pack_box, b->extent)) return static_cast<int>(i);
        const double w = std::min(pack_box->east, b->extent.east) - std::max(pack_box->west, b->extent.west);
        const double h = std::min(pack_box->north, b->extent.north) - std::max(pack_box->south, b->extent.south);
        const double overlap = w > 0 && h > 0 ? w * h : 0;
        if (overlap > best_overlap) {
            best = static_cast<int>(i);
            best_overlap = overlap;
        }
    }
    return best;
}

GeoBox map_region(const GeoBox* pack_box, const MapData* base) {
    if (pack_box) return *pack_box;
    return base ? base->region : kFallbackRegion;
}

bool box_inside(const GeoBox& inner, const GeoBox& outer) {
    return inner.west >= outer.west && inner.east <= outer.east && inner.south >= outer.south && inner.north <= outer.north;
}

double detail_zoom(const MapData& base, const MapProjection& p, Box area, float margin) {
    const MapProjection fit(base.region, base.region.centre(), 1, area.min.x, area.min.y, area.w(), area.h(), margin);
    return p.pixels_per_degree_lat() / fit.pixels_per_degree_lat();
}

void reset_view(MapView& v, const GeoBox& region) {
    v = MapView{};
    v.region = region;
    const LonLat c = region.centre();
    v.center_lat = c.lat;
    v.center_lon = c.lon;
    v.zoom = 1;
    v.initialised = true;
}

MapProjection project(const GeoBox& region, const MapView& v, Box area, float margin) {
    return MapProjection(region, {v.center_lon, v.center_lat}, v.zoom, area.min.x, area.min.y, area.w(), area.h(), margin);
}

void drag(MapView& v, const MapProjection& p, float dx, float dy) {
    pan(v, p, dx, dy);
    v.gliding = false;
    v.vx = v.vy = 0;
}

void fling(MapView& v, float vx, float vy) {
    v.vx = vx;
    v.vy = vy;
}

void hold(MapView& v) { v.vx = v.vy = 0; }

void glide_to(MapView& v, LonLat target, double zoom) {
    v.gliding = true;
    v.target = target;
    v.target_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    v.vx = v.vy = 0;
}

void advance(MapView& v, const GeoBox& region, Box area, float margin, float dt, bool coast) {
    const MapProjection p = project(region, v, area, margin);
    if (coast && (v.vx != 0 || v.vy != 0)) {
        pan(v, p, v.vx * dt, v.vy * dt);
        const float decay = std::exp(-4.0f * dt);
        v.vx *= decay, v.vy *= decay;
        if (std::hypot(v.vx, v.vy) < 20.0f) v.vx = v.vy = 0;
    }
    if (v.gliding) {
        // The target as the clamp will leave it, or the glide would never arrive.
        MapView goal = v;
        goal.zoom = v.target_zoom;
        goal.center_lon = v.target.lon;
        goal.center_lat = v.target.lat;
        clamp_view(goal, region, area, margin);
        v.target = {goal.center_lon, goal.center_lat};
        // Exponential approach in log-zoom, so each doubling takes the same time.
        const double a = 1 - std::exp(-10.0 * dt);
        const double lz = std::log(v.zoom), lt = std::log(v.target_zoom);
        v.zoom = std::exp(lz + (lt - lz) * a);
        v.center_lon += (v.target.lon - v.center_lon) * a;
        v.center_lat += (v.target.lat - v.center_lat) * a;
        if (std::fabs(lt - std::log(v.zoom)) < 0.003 && std::fabs(v.target.lon - v.center_lon) < 1e-6 &&
            std::fabs(v.target.lat - v.center_lat) < 1e-6) {
            v.zoom = v.target_zoom;
            v.center_lon = v.target.lon;
            v.center_lat = v.target.lat;
            v.gliding = false;
        }
    }
    const double lon = v.center_lon, lat = v.center_lat;
    clamp_view(v, region, area, margin);
    // Coasting into the edge stops there rather than pushing against it for a second.
    if (v.center_lon != lon) v.vx = 0;
    if (v.center_lat != lat) v.vy = 0;
}

GeoBox visible_box(const GeoBox& region, const MapView& v, Box area, float margin) {
    const MapProjection p = project(region, v, area, margin);
    const LonLat a = p.to_geo({area.min.x, area.max.y}), b = p.to_geo({area.max.x, area.min.y});
    return {a.lon, b.lon, a.lat, b.lat};
}

void clamp_view(MapView& v, const GeoBox& region, Box area, float margin) {
    v.zoom = std::clamp(v.zoom, kMinZoom, kMaxZoom);
    const GeoBox seen = visible_box(region, v, area, margin);
    const double half_w = (seen.east - seen.west) / 2, half_h = (seen.north - seen.south) / 2;
    const double sx = 2 * half_w * kPanSlack, sy = 2 * half_h * kPanSlack;
    // One axis: the centre keeps the view inside [lo, hi], or sits in the middle when it cannot.
    auto axis = [](double c, double half, double lo, double hi) {
        if (hi - lo <= 2 * half) return (lo + hi) / 2;
        return std::clamp(c, lo + half, hi - half);
    };
    const double deg_per_px = 2 * half_w / std::max(1.0f, area.w());
    v.center_lon = axis(v.center_lon, half_w, region.west - sx - v.reach_left * deg_per_px,
                        region.east + sx + v.reach_right * deg_per_px);
    v.center_lat = axis(v.center_lat, half_h, region.south - sy - v.reach_bottom * 2 * half_h / std::max(1.0f, area.h()),
                        region.north + sy);
}

// --- Clusters ----------------------------------------------------------------------------------

// Cluster_pins in steps, so a frame can do a bounded share of it (ClusterCache, while the zoom
// glides) and a later frame the rest; run to the end in one go it is cluster_pins.
//
// A pin joins the nearest cluster seed within the radius (only the 3x3 neighbouring cells of a
// grid of cell = radius can hold one), else it seeds a new cluster. A bubble is drawn at its
// members' mean, which can drift towards a neighbour's: then bubbles whose means ended up closer
// than the radius merge, pass after pass until none do (a few passes settle it).
class Grouping {
public:
    Grouping(const std::vector<LonLat>& pins, const MapProjection& p, double radius)
        : pins_(pins.data()), n_(pins.size()), p_(p), radius_(radius), origin_(p.to_screen({0, 0})) {}

    double scale() const { return p_.pixels_per_degree_lat(); }

    // Works until `done` says so (asked every 64 pins or clusters); true when finished.
    template <class Done>
    bool run(Done done) {
        for (size_t n = 0;; ++n) {
            if (phase_ == Phase::Finished) return true;
            if ((n & 63) == 63 && done()) return false;
            step();
        }
    }
    std::vector<Cluster> take() { return std::move(clusters_); }

private:
    // Cells of the grid, each with its entries in the order they were added: open addressing
    // from the cell's key to the first and last entry of a chain (far cheaper than a map of
    // vectors, with the same order and the same key, so the same result).
    struct Cells {
        static constexpr std::uint32_t kNone = 0xffffffffu;
        std::vector<long long> keys;
        std::vector<std::uint32_t> head, tail, next;  // next: per entry
        std::vector<char> used;
        size_t mask = 0;

        void reset(size_t entries) {
            size_t cap = 16;
            while (cap < entries * 2) cap *= 2;
            keys.assign(cap, 0);
            head.assign(cap, kNone);
            tail.assign(cap, kNone);
            used.assign(cap, 0);
            next.clear();
            next.reserve(entries);
            mask = cap - 1;
        }
        size_t slot(long long key) const {
            size_t h = static_cast<size_t>((static_cast<unsigned long long>(key) * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
            while (used[h] && keys[h] != key) h = (h + 1) & mask;
            return h;
        }
        // Adds entry `e` (entries are numbered 0, 1, 2... in the order they are added).
        void add(long long key, std::uint32_t e) {
            const size_t h = slot(key);
            if (!used[h]) {
                used[h] = 1;
                keys[h] = key;
                head[h] = e;
            } else {
                next[tail[h]] = e;
            }
            tail[h] = e;
            next.push_back(kNone);
        }
        std::uint32_t first(long long key) const {
            const size_t h = slot(key);
            return used[h] ? head[h] : kNone;
        }
    };

    enum class Phase { Seeds, Centres, MergeStart, Merge, MergeEnd, Finish, Finished };

    static long long key(long long cx, long long cy) { return cx * 1'000'003LL + cy; }
    std::pair<long long, long long> cell(double x, double y) const {
        return {static_cast<long long>(std::floor(x / radius_)), static_cast<long long>(std::floor(y / radius_))};
    }
    // Whether hypot(dx, dy) < limit could hold: a cheap test first (the margin covers the
    // rounding of both), so std::hypot, and its exact result, only decide the close calls.
    static bool maybe_within(double dx, double dy, double limit) {
        return dx * dx + dy * dy <= limit * limit * (1 + 1e-9);
    }
    void centre(Cluster& c) const {
        double sx = 0, sy = 0;
        for (size_t i : c.members) sx += pos_[i].first, sy += pos_[i].second;
        c.wx = sx / static_cast<double>(c.members.size());
        c.wy = sy / static_cast<double>(c.members.size());
    }

    void step() {
        switch (phase_) {
            case Phase::Seeds: {
                if (i_ == 0) {
                    pos_.resize(n_);
                    cells_.reset(n_);
                }
                if (i_ == n_) {
                    phase_ = Phase::Centres;
                    i_ = 0;
                    return;
                }
                const ScreenPoint s = p_.to_screen(pins_[i_]);
                const double x = s.x - origin_.x, y = s.y - origin_.y;
                pos_[i_] = {x, y};
                const auto [cx, cy] = cell(x, y);
                std::uint32_t best = Cells::kNone;
                double best_d = radius_;
                for (long long dy = -1; dy <= 1; ++dy)
                    for (long long dx = -1; dx <= 1; ++dx)
                        for (std::uint32_t e = cells_.first(key(cx + dx, cy + dy)); e != Cells::kNone; e = cells_.next[e]) {
                            const double ex = seed_x_[e] - x, ey = seed_y_[e] - y;
                            if (!maybe_within(ex, ey, best_d)) continue;
                            const double d = std::hypot(ex, ey);
                            if (d < best_d) best_d = d, best = e;
                        }
                if (best != Cells::kNone) {
                    clusters_[best].members.push_back(i_);  // seed e stands for cluster e
                } else {
                    cells_.add(key(cx, cy), static_cast<std::uint32_t>(clusters_.size()));
                    seed_x_.push_back(x);
                    seed_y_.push_back(y);
                    clusters_.push_back({x, y, 0, {i_}});
                }
                ++i_;
                return;
            }
            case Phase::Centres:
                if (i_ == clusters_.size()) {
                    phase_ = Phase::MergeStart;
                    i_ = 0;
                    new_pass_ = true;
                    seed_x_ = {};
                    seed_y_ = {};
                    return;
                }
                centre(clusters_[i_++]);
                return;
            case Phase::MergeStart:  // a pass: the clusters' cells where the pass begins
                if (new_pass_) {
                    cells_.reset(clusters_.size());
                    merged_ = false;
                    new_pass_ = false;
                }
                if (i_ == clusters_.size()) {
                    phase_ = Phase::Merge;
                    i_ = 0;
                    return;
                }
                {
                    const auto [cx, cy] = cell(clusters_[i_].wx, clusters_[i_].wy);
                    cells_.add(key(cx, cy), static_cast<std::uint32_t>(i_));
                    ++i_;
                }
                return;
            case Phase::Merge: {
                if (i_ == clusters_.size()) {
                    phase_ = Phase::MergeEnd;
                    return;
                }
                Cluster& a = clusters_[i_];
                if (!a.members.empty()) {
                    const auto [cx, cy] = cell(a.wx, a.wy);
                    for (long long dy = -1; dy <= 1; ++dy)
                        for (long long dx = -1; dx <= 1; ++dx)
                            for (std::uint32_t j = cells_.first(key(cx + dx, cy + dy)); j != Cells::kNone; j = cells_.next[j]) {
                                Cluster& b = clusters_[j];
                                if (j == i_ || b.members.empty() || !maybe_within(a.wx - b.wx, a.wy - b.wy, radius_) ||
                                    std::hypot(a.wx - b.wx, a.wy - b.wy) >= radius_)
                                    continue;
                                a.members.insert(a.members.end(), b.members.begin(), b.members.end());
                                b.members.clear();
                                merged_ = true;
                            }
                    if (merged_) centre(a);
                }
                ++i_;
                return;
            }
            case Phase::MergeEnd:
                std::erase_if(clusters_, [](const Cluster& c) { return c.members.empty(); });
                ++pass_;
                i_ = 0;
                new_pass_ = true;
                phase_ = merged_ && pass_ < 8 ? Phase::MergeStart : Phase::Finish;
                if (phase_ == Phase::Finish) cells_ = {};
                return;
            case Phase::Finish:
                if (i_ == clusters_.size()) {
                    phase_ = Phase::Finished;
                    return;
                }
                {
                    Cluster& c = clusters_[i_++];
                    std::sort(c.members.begin(), c.members.end());  // stable names and fan-out order
                    for (size_t m : c.members) c.spread = std::max(c.spread, std::hypot(pos_[m].first - c.wx, pos_[m].second - c.wy));
                }
                return;
            case Phase::Finished:
                return;
        }
    }

    const LonLat* pins_;  // the caller's, kept while this runs (a moved vector keeps its buffer)
    size_t n_;
    MapProjection p_;
    double radius_;
    ScreenPoint origin_;
    Phase phase_ = Phase::Seeds;
    size_t i_ = 0;
    int pass_ = 0;
    bool merged_ = false, new_pass_ = true;
    std::vector<std::pair<double, double>> pos_;  // world pixels
    std::vector<double> seed_x_, seed_y_;         // per seed, i.e. per cluster while seeding
    Cells cells_;
    std::vector<Cluster> clusters_;
};

std::vector<Cluster> cluster_pins(const std::vector<LonLat>& pins, const MapProjection& p, double radius) {
    Grouping g(pins, p, radius);
    g.run([] { return false; });
    return g.take();
}

// --- The clusters of each zoom, kept ------------------------------------------------------------

// A grouping on a worker thread: it holds the pins it reads, so a cache that drops it (new pins,
// another text size, the cache itself gone) leaves it to finish and free itself.
struct ClusterCache::Async {
    Async(std::shared_ptr<const std::vector<LonLat>> p, const MapProjection& proj, double r)
        : pos(std::move(p)), projection(proj), radius(r) {}
    const std::shared_ptr<const std::vector<LonLat>> pos;
    const MapProjection projection;
    const double radius;
    std::vector<Cluster> clusters;
    std::atomic<bool> done{false};
};

ClusterCache::ClusterCache() = default;
ClusterCache::~ClusterCache() = default;
ClusterCache::ClusterCache(ClusterCache&&) noexcept = default;
ClusterCache& ClusterCache::operator=(ClusterCache&&) noexcept = default;

void ClusterCache::reset(std::uint64_t generation, std::vector<std::int64_t> ids, const std::vector<std::string>& kinds,
                         std::vector<LonLat> pos, const Colour& colour) {
    filled_ = true;
    generation_ = generation;
    pos_ = std::make_shared<const std::vector<LonLat>>(std::move(pos));
    sets_.clear();
    pending_.reset();
    async_.reset();
    // Kinds as small numbers, each kind's colour asked once.
    std::vector<const std::string*> names;
    pin_kind_.assign(kinds.size(), 0);
    kind_colour_.clear();
    for (size_t i = 0; i < kinds.size(); ++i) {
        size_t k = 0;
        while (k < names.size() && *names[k] != kinds[i]) ++k;
        if (k == names.size()) {
            names.push_back(&kinds[i]);
            kind_colour_.push_back(colour ? colour(kinds[i]) : 0);
        }
        pin_kind_[i] = static_cast<std::uint16_t>(k);  // the pack schema allows a handful
    }
    legend_.clear();
    for (std::string_view k : kKinds)
        if (std::any_of(names.begin(), names.end(), [&](const std::string* n) { return *n == k; })) legend_.emplace_back(k);
    by_id_.clear();
    by_id_.reserve(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) by_id_.emplace(ids[i], i);  // the first of a repeated id, as a linear find
}

std::ptrdiff_t ClusterCache::find(std::int64_t id) const {
    const auto it = by_id_.find(id);
    return it == by_id_.end() ? -1 : static_cast<std::ptrdiff_t>(it->second);
}

ClusterSet* ClusterCache::kept(double scale) {
    for (const auto& s : sets_)
        if (s->scale == scale) return s.get();
    return nullptr;
}

void ClusterCache::touch(const ClusterSet* set) {
    const auto it = std::find_if(sets_.begin(), sets_.end(), [&](const auto& s) { return s.get() == set; });
    if (it != sets_.end()) std::rotate(it, it + 1, sets_.end());
}

void ClusterCache::check_radius(double radius) {
    if (radius == radius_) return;
    sets_.clear();  // another text size: every zoom groups differently
    pending_.reset();
    async_.reset();
    radius_ = radius;
}

const ClusterSet& ClusterCache::keep(double scale, std::vector<Cluster> clusters) {
    // Six levels, where a glide starts and where it ends, and a spare: up close a set holds a
    // cluster per pin (a few MB at 50,000 pins), so no more are kept.
    constexpr size_t kKeep = 9;
    if (sets_.size() >= kKeep) sets_.erase(sets_.begin());
    auto set = std::make_unique<ClusterSet>();
    set->scale = scale;
    set->clusters = std::move(clusters);
    ++groupings_;
    // Each bubble's rim, so no frame goes through its members.
    set->arc_begin.reserve(set->clusters.size() + 1);
    for (const Cluster& c : set->clusters) {
        const size_t first = set->arcs.size();
        set->arc_begin.push_back(static_cast<std::uint32_t>(first));
        for (size_t m : c.members) {
            const std::uint32_t col = kind_colour_[pin_kind_[m]];
            size_t a = first;
            while (a < set->arcs.size() && set->arcs[a].colour != col) ++a;
            if (a == set->arcs.size()) set->arcs.push_back({col, 0});
            ++set->arcs[a].count;
        }
    }
    set->arc_begin.push_back(static_cast<std::uint32_t>(set->arcs.size()));
    sets_.push_back(std::move(set));
    return *sets_.back();
}

// The worker's grouping once done (kept, and given when it is of p's zoom), the empty set while
// it runs (started for p's zoom if none runs), or nullptr when no worker is wanted: some zoom is
// kept already, or too few pins to be worth a thread.
const ClusterSet* ClusterCache::from_worker(const MapProjection& p) {
    if (take_worker()) {
        if (ClusterSet* k = kept(p.pixels_per_degree_lat())) {
            touch(k);
            return sets_.back().get();
        }
        return nullptr;  // another zoom by now: grouped as usual, from the one kept
    }
    if (async_) return &empty_;
    if (!sets_.empty() || !many_pins()) return nullptr;
    start_worker(p);
    return &empty_;
}

void ClusterCache::start_worker(const MapProjection& p) {
    auto job = std::make_shared<Async>(pos_, p, radius_);
    async_ = job;
    std::thread([job] {
        Grouping g(*job->pos, job->projection, job->radius);
        g.run([] { return false; });
        job->clusters = g.take();
        job->done.store(true, std::memory_order_release);
    }).detach();
}

// Keeps the worker's zoom once it is done; true then.
bool ClusterCache::take_worker() {
    if (!async_ || !async_->done.load(std::memory_order_acquire)) return false;
    const double s = async_->projection.pixels_per_degree_lat();
    if (!kept(s)) keep(s, std::move(async_->clusters));
    async_.reset();
    return true;
}

bool ClusterCache::pending() {
    take_worker();
    return async_ != nullptr || resting_;
}

const ClusterSet* ClusterCache::kept_at(const GeoBox& region, const MapView& v, Box area, float margin, double radius) {
    if (radius != radius_) return nullptr;
    return kept(project(region, v, area, margin).pixels_per_degree_lat());
}

const ClusterSet& ClusterCache::get(const MapProjection& p) {
    const double scale = p.pixels_per_degree_lat();
    if (ClusterSet* s = kept(scale)) {
        touch(s);
        return *sets_.back();
    }
    if (const ClusterSet* w = from_worker(p)) return *w;
    // Finish what the glide began for this zoom, else group it whole.
    std::unique_ptr<Grouping> g = pending_ && pending_->scale() == scale ? std::move(pending_) : nullptr;
    if (!g) g = std::make_unique<Grouping>(*pos_, p, radius_);
    g->run([] { return false; });
    return keep(scale, g->take());
}

const ClusterSet& ClusterCache::at_rest(const GeoBox& region, const MapView& v, Box area, float margin, double radius) {
    check_radius(radius);
    return get(project(region, v, area, margin));
}

const ClusterSet& ClusterCache::for_view(const GeoBox& region, const MapView& v, Box area, float margin, double radius) {
    check_radius(radius);
    const MapProjection p = project(region, v, area, margin);
    const bool at_rest = !v.gliding || v.zoom == v.target_zoom;
    resting_ = false;
    if (at_rest) {
        // Few pins, or none kept yet: exact now (or from the worker). Many pins and a zoom kept:
        // a view come to rest on a zoom its glide did not finish (a short glide, a pinch let go)
        // is grouped a slice per frame like a glide's, the nearest kept zoom shown meanwhile,
        // instead of one frame of up to 80 ms at 50,000 pins.
        if (ClusterSet* s = kept(p.pixels_per_degree_lat())) {
            touch(s);
            return *sets_.back();
        }
        if (!many_pins() || (sets_.empty() && !async_)) return get(p);
        if (async_) {
            if (const ClusterSet* w = from_worker(p)) return *w;
            if (sets_.empty()) return get(p);
        }
    }
    const double scale = p.pixels_per_degree_lat();
    auto distance = [scale](double s) { return std::fabs(std::log(s / scale)); };
    // Zoom levels, and the glide's target, as projections: what a zoom groups at also depends
    // on how the screen fits the region.
    MapView at = v;
    at.zoom = std::exp2(std::round(std::log2(v.zoom)));  // kMinZoom and kMaxZoom are powers of two
    const MapProjection level = project(region, at, area, margin);
    at.zoom = std::clamp(v.target_zoom, kMinZoom, kMaxZoom);
    const MapProjection target = project(region, at, area, margin);
    auto nearest_kept = [&](double within) {
        const ClusterSet* best = nullptr;
        for (const auto& s : sets_)
            if (distance(s->scale) <= within) within = distance(s->scale), best = s.get();
        return best;
    };
    // A slice of grouping: the target first (the frame at rest will need it), then the level
    // unless a kept zoom is as near.
    const MapProjection* job = nullptr;
    if (at_rest)
        job = &p, resting_ = true;
    else if (!kept(target.pixels_per_degree_lat()))
        job = &target;
    else if (!nearest_kept(distance(level.pixels_per_degree_lat())) && !kept(level.pixels_per_degree_lat()))
        job = &level;
    if (job && many_pins()) {
        // Many pins: on the worker thread, one zoom at a time, the nearest kept zoom shown
        // meanwhile. Slices on this thread had cost every frame of a glide at 50,000 pins its
        // budget (2 ms), the largest share of the frame once the map's drawing was made cheap.
        take_worker();
        if (!async_ && !kept(job->pixels_per_degree_lat())) start_worker(*job);
        if (at_rest) {
            if (ClusterSet* s = kept(p.pixels_per_degree_lat())) {
                resting_ = false;
                touch(s);
                return *sets_.back();
            }
        }
    } else if (job) {
        if (!pending_ || pending_->scale() != job->pixels_per_degree_lat()) pending_ = std::make_unique<Grouping>(*pos_, *job, radius_);
        const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double, std::milli>(budget_ms_);
        if (pending_->run([&] { return std::chrono::steady_clock::now() >= until; })) {
            const double s = pending_->scale();
            std::vector<Cluster> done = pending_->take();
            pending_.reset();
            keep(s, std::move(done));
            if (at_rest) {
                resting_ = false;
                return *sets_.back();
            }
        }
    }
    const ClusterSet* show = nearest_kept(distance(level.pixels_per_degree_lat()));
    if (!show) show = kept(level.pixels_per_degree_lat());
    if (!show) show = nearest_kept(std::numeric_limits<double>::infinity());
    if (!show) return get(level);  // nothing kept at all: new pins in mid-glide
    touch(show);
    return *sets_.back();
}

// --- Labels ------------------------------------------------------------------------------------

std::vector<PlacedLabel> place_labels(const MapData& base, const MapProjection& p, Box view, double zoom, float em,
                                      std::vector<Box> taken, const std::vector<Disc>& discs, const LabelText& text) {
    Placer placer{std::move(taken)};
    std::vector<PlacedLabel> placed;
    // Smaller towns appear as the visitor zooms in and they get room.
    const int max_rank = zoom >= 3.5 ? 4 : zoom >= 1.8 ? 3 : 2;
    for (int rank = 1; rank <= max_rank; ++rank)
        for (const MapTown& t : base.towns) {
            if (t.rank != rank) continue;
            const Point pt = to_point(p.to_screen(t.pos));
            if (!view.contains(pt)) continue;
            const LabelStyle style = rank == 1 ? LabelStyle::Town1 : rank == 2 ? LabelStyle::Town2 : LabelStyle::TownSmall;
            const std::string name = text.town_name ? text.town_name(t) : t.name;
            const Point sz = text.measure(style, name);
            float gap = 0.35f * em, dot = 0.25f * em;
            // Where a bubble sits on the town (its sights are in it), the name goes beside the
            // bubble instead of under it, and the bubble stands for the town's dot.
            Point at = pt;
            for (const Disc& d : discs)
                if (std::hypot(d.c.x - pt.x, d.c.y - pt.y) < d.r + 0.2f * em) {
                    at = d.c;
                    gap = d.r + 0.2f * em;
                    dot = 0;
                    break;
                }
            // Right of the dot first, then left, above, below, then the diagonals: the
            // cartographer's usual order of preference.
            const float dg = gap * 0.75f;
            const float ox[8] = {at.x + gap, at.x - gap - sz.x, at.x - sz.x / 2, at.x - sz.x / 2,
                                 at.x + dg,  at.x + dg,         at.x - dg - sz.x, at.x - dg - sz.x};
            const float oy[8] = {at.y - sz.y / 2,      at.y - sz.y / 2, at.y - gap - sz.y, at.y + gap,
                                 at.y - dg - sz.y, at.y + dg,      at.y - dg - sz.y,  at.y + dg};
            for (int side = 0; side < 8; ++side) {
                Box r{{ox[side], oy[side]}, {ox[side] + sz.x, oy[side] + sz.y}};
                if (dot > 0) {
                    r.min = {std::min(r.min.x, pt.x - dot), std::min(r.min.y, pt.y - dot)};
                    r.max = {std::max(r.max.x, pt.x + dot), std::max(r.max.y, pt.y + dot)};
                }
                if (!r.within(view)) continue;
                if (placer.place(r)) {
                    placed.push_back({style, name, {ox[side], oy[side]}, r, dot > 0, pt});
                    break;
                }
            }
        }
    // Seas and countries last in priority (the screen draws them first: wide, pale, behind the
    // towns). A key already placed skips its later spots, which are alternatives.
    std::vector<const std::string*> done;
    for (const MapLabel& l : base.labels) {
        if (std::any_of(done.begin(), done.end(), [&](const std::string* k) { return *k == l.key; })) continue;
        const bool sea = l.key.rfind("map.sea.", 0) == 0;
        const LabelStyle style = sea ? LabelStyle::Sea : LabelStyle::Country;
        std::string s = text.translate(l.key);
        const Point sz = text.measure(style, s);
        const Point c = to_point(p.to_screen(l.pos));
        const Box r{{c.x - sz.x / 2, c.y - sz.y / 2}, {c.x + sz.x / 2, c.y + sz.y / 2}};
        if (!r.within(view) || !placer.place(r)) continue;
        done.push_back(&l.key);
        placed.push_back({style, std::move(s), r.min, r, false, c});
    }
    return placed;
}

Box place_here_label(Point here, Point size, float em, Box view, const std::vector<Disc>& discs) {
    const float pw = size.x, ph = size.y, d = 1.5f * em;
    const Point p = here;
    const Box spots[4] = {
        {{p.x - pw / 2, p.y - d - ph}, {p.x + pw / 2, p.y - d}},
        {{p.x - pw / 2, p.y + d}, {p.x + pw / 2, p.y + d + ph}},
        {{p.x + d, p.y - ph / 2}, {p.x + d + pw, p.y + ph / 2}},
        {{p.x - d - pw, p.y - ph / 2}, {p.x - d, p.y + ph / 2}},
    };
    // Above wins ties: it is where people look. Below when above leaves the map and no spot fits.
    int best = p.y - d - ph < view.min.y ? 1 : 0;
    long best_hits = -1;
    for (int i = 0; i < 4; ++i) {
        if (!spots[i].within(view)) continue;
        const long hits = std::count_if(discs.begin(), discs.end(), [&](const Disc& c) { return spots[i].overlaps(square(c.c, c.r)); });
        if (best_hits < 0 || hits < best_hits) best = i, best_hits = hits;
    }
    return spots[best];
}

// --- The frame ---------------------------------------------------------------------------------

MapLayout layout_map(const LayoutInput& in, const std::vector<Cluster>& clusters, const MapProjection& p, double zoom,
                     const MapData* base, const LabelText& text, double cluster_scale) {
    MapLayout l;
    l.area = in.area;
    l.covers = in.covers;
    l.em = in.em;
    l.cluster_radius = kClusterRadiusEm * in.em;
    const float em = in.em;
    const Box near_area{{in.area.min.x - 3 * em, in.area.min.y - 3 * em}, {in.area.max.x + 3 * em, in.area.max.y + 3 * em}};

    // Pins, grouped into bubbles where they would overlap; at the closest zoom, pins sharing a
    // spot (events at one venue) fan out around it instead, since zooming cannot part them.
    const ScreenPoint origin = p.to_screen({0, 0});
    const bool at_max = zoom >= kMaxZoom * 0.999;
    for (size_t ci = 0; ci < clusters.size(); ++ci) {
        const Cluster& c = clusters[ci];
        const Point pos{static_cast<float>(c.wx * cluster_scale + origin.x), static_cast<float>(c.wy * cluster_scale + origin.y)};
        if (pos.x < near_area.min.x || pos.x > near_area.max.x || pos.y < near_area.min.y || pos.y > near_area.max.y) continue;
        if (c.members.size() == 1) {
            l.markers.push_back({pos, -1, c.members[0], pos, false});
        } else if (at_max) {
            // Neighbours on the ring 2 em apart: pins touch nothing, the nearest-target rule
            // picks between their overlapping targets.
            const float n = static_cast<float>(c.members.size());
            const float ring = std::max(1.8f * em, n * 2.0f * em / kTwoPi);
            for (size_t i = 0; i < c.members.size(); ++i) {
                const float a = kTwoPi * static_cast<float>(i) / n - kHalfPi;
                l.markers.push_back({{pos.x + ring * std::cos(a), pos.y + ring * std::sin(a)}, -1, c.members[i], pos, true});
            }
        } else {
            l.markers.push_back({pos, static_cast<int>(ci), 0, pos, false});
        }
    }

    // Labels go where nothing else is: the controls, the legend, "you are here" and the pins
    // are placed first, and a town name that would touch one of them moves or stays out.
    std::vector<Disc> discs;
    for (const Marker& mk : l.markers) discs.push_back({mk.pos, (mk.cluster >= 0 ? kBubbleDiscEm : kPinDiscEm) * em});
    l.here = to_point(p.to_screen(in.here));
    l.here_visible = in.show_here && in.area.contains(l.here);
    l.here_label = place_here_label(l.here, in.here_label_size, em, in.area, discs);
    std::vector<Box> taken = in.covers;
    taken.insert(taken.end(), in.keep_clear.begin(), in.keep_clear.end());
    if (l.here_visible) {
        taken.push_back(l.here_label);
        taken.push_back(square(l.here, 0.7f * em));
    }
    for (const Disc& d : discs) taken.push_back(square(d.c, d.r));
    if (base)
        l.labels = place_labels(*base, p, in.area, detail_zoom(*base, p, in.area, kMarginEm * em), em, std::move(taken),
                                discs, text);
    return l;
}

bool reaches_map(const MapLayout& l, Point q) {
    if (!l.area.contains(q)) return false;
    return std::none_of(l.covers.begin(), l.covers.end(), [&](const Box& b) { return b.contains(q); });
}

int hit_test(const MapLayout& l, Point q) {
    // The nearest whose target holds the point, so overlapping targets never make two react.
    const float half = kTargetHalfEm * l.em;
    int best = -1;
    float best_d = 1e30f;
    for (size_t i = 0; i < l.markers.size(); ++i) {
        const float dx = std::fabs(l.markers[i].pos.x - q.x), dy = std::fabs(l.markers[i].pos.y - q.y);
        const float d = dx * dx + dy * dy;
        if (dx <= half && dy <= half && d < best_d) best_d = d, best = static_cast<int>(i);
    }
    return best;
}

TapResult tap_map(MapView& v, const MapProjection& p, const MapLayout& l, const std::vector<Cluster>& clusters, Point q,
                  double cluster_scale) {
    if (!reaches_map(l, q)) return {};
    const int hit = hit_test(l, q);
    if (hit < 0) return {};
    const Marker& mk = l.markers[static_cast<size_t>(hit)];
    if (mk.cluster < 0) return {TapResult::What::OpenPin, mk.pin};
    // Zoom until the bubble's members stand apart (twice the grouping distance), at least one
    // step, at most the closest zoom where shared spots fan out.
    const Cluster& c = clusters[static_cast<size_t>(mk.cluster)];
    const double spread = c.spread * cluster_scale;
    const double need = spread > 0 ? 2 * l.cluster_radius / spread : kMaxZoom;
    const double z = std::clamp(v.zoom * std::max(2.0, need), kMinZoom, kMaxZoom);
    glide_to(v, p.to_geo({mk.pos.x, mk.pos.y}), z);
    return {TapResult::What::Zoom, 0};
}

// --- The preview ----------------------------------------------------------------------------------

Box place_preview(Box area, Point pin, float pin_r, Point want, float pad, const std::vector<Box>& covers,
                  float min_w, float min_h) {
    const Box in{{area.min.x + pad, area.min.y + pad}, {area.max.x - pad, area.max.y - pad}};
    const float gap = pin_r + pad;  // the pin's disc and a pad between it and the card
    const float w_all = std::min(want.x, in.w()), h_all = std::min(want.y, in.h());
    // Each side: the room there, and the box centred on the pin along the free axis.
    auto across = [](float c, float size, float lo, float hi) { return std::clamp(c - size / 2, lo, std::max(lo, hi - size)); };
    Box sides[4];
    {
        const float top = std::max(in.min.y, pin.y + gap), h = std::min(want.y, in.max.y - top);
        const float x = across(pin.x, w_all, in.min.x, in.max.x);
        sides[0] = {{x, top}, {x + w_all, top + h}};  // below
    }
    {
        const float bottom = std::min(in.max.y, pin.y - gap), h = std::min(want.y, bottom - in.min.y);
        const float x = across(pin.x, w_all, in.min.x, in.max.x);
        sides[1] = {{x, bottom - h}, {x + w_all, bottom}};  // above
    }
    {
        const float left = std::max(in.min.x, pin.x + gap), w = std::min(want.x, in.max.x - left);
        const float y = across(pin.y, h_all, in.min.y, in.max.y);
        sides[2] = {{left, y}, {left + w, y + h_all}};  // right
    }
    {
        const float right = std::min(in.max.x, pin.x - gap), w = std::min(want.x, right - in.min.x);
        const float y = across(pin.y, h_all, in.min.y, in.max.y);
        sides[3] = {{right - w, y}, {right, y + h_all}};  // left
    }
    auto overlap = [](const Box& a, const Box& b) {
        const float w = std::min(a.max.x, b.max.x) - std::max(a.min.x, b.min.x);
        const float h = std::min(a.max.y, b.max.y) - std::max(a.min.y, b.min.y);
        return w > 0 && h > 0 ? w * h : 0.0f;
    };
    // What a side shows of the wanted card (up to all of it), less half the share of it that
    // lies over the controls and the legend; a side without the least room loses to any other.
    int best = -1;
    float best_score = -1e30f;
    for (int i = 0; i < 4; ++i) {
        const Box& b = sides[i];
        if (b.w() <= 0 || b.h() <= 0) continue;
        float hidden = 0;
        for (const Box& c : covers) hidden += overlap(b, c);
        const bool roomy = b.w() >= std::min(min_w, in.w()) && b.h() >= std::min(min_h, in.h());
        const float shown = std::min(1.0f, b.w() * b.h() / (want.x * want.y));
        const float score = shown - 0.5f * hidden / (b.w() * b.h()) - (roomy ? 0.0f : 1.0f);
        if (score > best_score + 1e-4f) {
            best = i;
            best_score = score;
        }
    }
    if (best >= 0) return sides[best];
    // The pin fills the map (a tiny window): the card goes in a corner, over it.
    return {in.min, {in.min.x + w_all, in.min.y + h_all}};
}

}  // namespace kiosk::session
