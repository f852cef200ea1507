#include "app/generation_store.hpp"

#include <nlohmann/json.hpp>

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
        if (!r.value) {
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
    const long next = head_ + 1;
    platform_.save(generation_key(next), text, [this, next, done](StorageResult r) {
        if (!r.ok) {
            done(std::move(r));
            return;
        }
        // Only now, with the new generation complete, does the head move to it.
        platform_.save(kHeadKey, nlohmann::json{{"generation", next}}.dump(), [this, next, done](StorageResult h) {
            if (h.ok) {
                head_ = next;
                if (next > kGenerationsKept) platform_.remove(generation_key(next - kGenerationsKept), [](StorageResult) {});
            }
            done(std::move(h));
        });
    });
}

}  // namespace jobbplan::web
