// Helpers shared by every unit test binary (core, install, publish): a self-deleting temporary
// directory, file writing, and a tiny DATAtourisme flux written from a few objects so that a
// test can make a real pack (with the publisher, or the kiosk-pack binary). Standard library
// only: the core and install tests include it without the publisher's headers.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace testutil {

namespace fs = std::filesystem;

struct TempDir {
    fs::path path;
    TempDir() {
        std::random_device rd;
        path = fs::temp_directory_path() / ("kiosk-test-" + std::to_string(rd()));
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

inline void write_file(const fs::path& p, const std::string& s) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << s;
}

inline std::string slurp(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// One object of a test flux. The JSON members are given as written in the feed (without the
// surrounding braces); "@id" and "lastUpdateDatatourisme" are added.
struct FluxObject {
    std::string label;    // for index.json
    std::string members;  // e.g. R"("@type":["Museum"],"rdfs:label":{"fr":["Musée"]})"
};

// Writes index.json and objects/ for `objects` under `root`, numbering them 1, 2, 3...
inline fs::path write_flux(const fs::path& root, const std::vector<FluxObject>& objects) {
    std::string index = "[\n";
    for (std::size_t i = 0; i < objects.size(); ++i) {
        char uuid[48];
        std::snprintf(uuid, sizeof uuid, "%08zx-0000-0000-0000-000000000000", i + 1);
        const std::string file = "t/t1/59-" + std::string(uuid) + ".json";
        index += std::string(i ? ",\n" : "") + R"( {"label":")" + objects[i].label +
                 R"(","lastUpdateDatatourisme":"2026-10-01T08:00:00Z","file":")" + file + "\"}";
        write_file(root / "objects" / file, "{\"@id\":\"https://data.datatourisme.fr/59/" + std::string(uuid) + "\",\n" +
                                                objects[i].members +
                                                ",\n\"lastUpdateDatatourisme\":\"2026-10-01T08:00:00Z\"}");
    }
    write_file(root / "index.json", index + "\n]");
    return root;
}

}  // namespace testutil
