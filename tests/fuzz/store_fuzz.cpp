// libFuzzer: any bytes as the newest generation of the `jobbplan-store` document in IndexedDB, read
// the way the page reads it at start-up (GenerationStore::load, then decode_store on each text, as
// App::restore does). Whatever the reader refuses must come with a message (the recovery screen
// shows the first problem); whatever it accepts must be written again by encode_store and read back
// to the same settings and profile, and writing that again must give the same text.
#include "app/generation_store.hpp"
#include "app/store_document.hpp"
#include "memory_platform.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace {

using namespace jobbplan;
using namespace jobbplan::web;

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "store_fuzz: %s %s\n", what, detail.c_str());
    std::abort();
}

bool same(const StoredState& a, const StoredState& b) {
    if (!(a.settings == b.settings) || a.profile.has_value() != b.profile.has_value()) return false;
    return !a.profile || to_json(*a.profile) == to_json(*b.profile);
}

void check_text(const std::string& text) {
    Parsed<StoredState> decoded = decode_store(text);
    if (!decoded.ok()) {
        if (decoded.problems.empty()) fail("refused without a problem");
        if (decoded.problems.front().to_string().empty()) fail("refused with an empty message");
        return;
    }
    const std::string written = encode_store(*decoded.value);
    Parsed<StoredState> again = decode_store(written);
    if (!again.ok()) fail("what it accepted, written again, is refused:", again.problems.front().to_string());
    if (!same(*decoded.value, *again.value)) fail("read back to another value:", written);
    if (encode_store(*again.value) != written) fail("writing again gives other text:", written);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    testing::MemoryPlatform platform;
    platform.stored[kHeadKey] = R"({"generation":1})";
    platform.stored[generation_key(1)] = std::string(reinterpret_cast<const char*>(data), size);
    GenerationStore store(platform);
    std::optional<StoredGenerations> loaded;
    store.load([&](StoredGenerations s) { loaded = std::move(s); });
    platform.settle();
    if (!loaded || !loaded->ok || loaded->texts.size() != 1) fail("the generation was not loaded");
    for (const auto& [generation, text] : loaded->texts) check_text(text);
    return 0;
}
