#include "app/generation_store.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace jobbplan::web {

std::string generation_key(long generation) { return "jobbplan/state/" + std::to_string(generation); }

void GenerationStore::load(std::function<void(StoredGenerations)> done) {
    platform_.load(kHeadKey, [this, done](StorageResult r) {
        StoredGenerations out;
        if (!r.ok) {
            out.ok = false;
            out.error = r.error;
            done(std::move(out));
            return;
        }
        head_text_ = r.value;
        if (!r.value) {
            head_ = 0;
            done(std::move(out));
            return;
        }
        const nlohmann::json head = nlohmann::json::parse(*r.value, nullptr, false);
        if (head.is_discarded() || !head.is_object() || !head.contains("generation") ||
            !head["generation"].is_number_integer() || head["generation"].get<long>() < 1) {
            // A broken head: look for generations by scanning would need key listing; report it.
            out.ok = true;
            out.head = -1;
            out.texts.push_back({-1, *r.value});
            done(std::move(out));
            return;
        }
        out.head = head["generation"].get<long>();
        head_ = out.head;
        load_from(out.head, kGenerationsKept, std::move(out), done);
    });
}

void GenerationStore::load_from(long generation, int left, StoredGenerations acc,
                                std::function<void(StoredGenerations)> done) {
    if (generation < 1 || left == 0) {
        done(std::move(acc));
        return;
    }
    platform_.load(generation_key(generation), [this, generation, left, acc = std::move(acc), done](StorageResult r) mutable {
        if (r.ok && r.value) acc.texts.push_back({generation, std::move(*r.value)});
        load_from(generation - 1, left - 1, std::move(acc), done);
    });
}

void GenerationStore::save(const std::string& text, Platform::StorageCallback done) {
    const long next = std::max(head_, 0L) + 1;
    std::string head = nlohmann::json{{"generation", next}}.dump();
    const std::vector<StorageWrite> writes{{generation_key(next), &text}, {kHeadKey, &head}};
    platform_.save_if(kHeadKey, head_text_, writes, [this, next, head, done](StorageResult r) {
        if (r.ok) {
            head_ = next;
            head_text_ = head;
            if (next > kGenerationsKept) platform_.remove(generation_key(next - kGenerationsKept), [](StorageResult) {});
        }
        done(std::move(r));
    });
}

}  // namespace jobbplan::web
