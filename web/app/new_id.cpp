#include "app/new_id.hpp"

namespace jobbplan::web {

std::string new_id(Platform& platform, const char* prefix) {
    unsigned char bytes[16];
    platform.random_bytes(bytes, sizeof bytes);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id = std::string(prefix) + "-";
    for (unsigned char b : bytes) {
        id += kHex[b >> 4];
        id += kHex[b & 15];
    }
    return id;
}

}  // namespace jobbplan::web
