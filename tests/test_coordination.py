"""What replicas share through the store, on SQLite and PostgreSQL: leases taken over when they
expire, the update journal (recorded once, taken over when abandoned, too old dropped), the
per-user limit counted once across writers, conversation turns, and /forget."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

from bot.storage.store import Store
from bot.telegram_channel.rate_limit import UserLimits

KEY = b"k" * 32
NOW = 1_900_000_000.0


def test_a_lease_has_one_holder_and_is_taken_over_when_it_expires(store_url):
    store = Store(store_url, KEY)
    assert store.acquire_lease("scheduler", "a", NOW, 15)
    assert not store.acquire_lease("scheduler", "b", NOW + 5, 15)           # a holds it
    assert store.acquire_lease("scheduler", "a", NOW + 10, 15)              # renewed until NOW + 25
    assert not store.acquire_lease("scheduler", "b", NOW + 20, 15)
    assert store.lease_holder("scheduler", NOW + 20) == "a"
    assert store.acquire_lease("scheduler", "b", NOW + 26, 15)              # a stopped renewing: b takes it
    assert not store.acquire_lease("scheduler", "a", NOW + 27, 15)
    assert store.acquire_lease("scheduler", "a", NOW + 28, 15, take_from="b")   # b is known to be dead
    store.release_lease("scheduler", "a")                                   # a graceful stop
    assert store.acquire_lease("scheduler", "b", NOW + 29, 15)
    store.close()


def test_the_journal_records_once_and_hands_over_abandoned_updates(store_url):
    store = Store(store_url, KEY)
    assert store.journal_update(7, '{"update_id": 7}', "a", NOW, 15)
    assert not store.journal_update(7, '{"update_id": 7}', "b", NOW + 1, 15)    # redelivered: not again
    assert store.claim_update(7, "b", NOW + 1, 15) is None                       # a is answering it
    store.record_deliveries(7, "a", [{"message_id": 1}])
    assert store.stale_update_ids(NOW + 16) == [7]                               # a died: its lease ran out
    row = store.claim_update(7, "b", NOW + 16, 15)
    assert row["owner"] == "b" and row["attempts"] == 2 and row["deliveries"] == '[{"message_id": 1}]'
    assert store.claim_update(7, "c", NOW + 17, 15) is None                      # one taker
    store.finish_update(7, "b", NOW + 18)
    [done] = store.journal_rows()
    assert done["state"] == "done" and done["owner"] == "b" and done["payload"] is None
    assert not store.journal_update(7, "{}", "c", NOW + 19, 15)                 # still recognised

    store.journal_update(8, "{}", "a", NOW, 15)
    assert store.pending_owners(NOW + 1) == ["a"]
    assert store.claim_update(8, "b", NOW + 1, 15, take_from=["a"])["owner"] == "b"
    store.release_update(8, "b", NOW + 60)                                       # Bot API down: later
    assert store.stale_update_ids(NOW + 30) == [] and store.stale_update_ids(NOW + 61) == [8]

    store.journal_update(9, "{}", "a", NOW - 7200, 15)
    assert store.drop_stale_updates(NOW, 3600) == [(9, NOW - 7200)]
    assert {r["update_id"]: r["state"] for r in store.journal_rows()}[9] == "dropped"
    assert store.purge_shared_state(NOW + 3 * 86400, datetime(2000, 1, 1, tzinfo=timezone.utc))["journal"] == 2
    store.close()


def test_the_limit_is_counted_once_across_concurrent_writers(store_url):
    stores = [Store(store_url, KEY) for _ in range(2)]
    clock = [NOW]
    limits = [UserLimits(s, per_minute=5, clock=lambda: clock[0]) for s in stores]
    verdicts = []

    def ask(i):
        for _ in range(6):
            verdicts.append(limits[i].check("user", "questions"))

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert sum(v.accepted for v in verdicts) == 5 and sum(v.notify for v in verdicts) == 1
    clock[0] = NOW + 61                                    # the window has passed
    assert limits[0].check("user", "questions").accepted
    for s in stores:
        s.close()


def test_turns_are_kept_per_conversation_and_forgotten(store_url):
    store = Store(store_url, KEY)
    at = datetime(2030, 1, 1, 12, tzinfo=timezone.utc)
    store.set_turn("u", "chat", {"question": "q1", "language": "en", "topic": "", "kind": "passage"}, at)
    store.set_turn("u", "chat", {"question": "q2", "language": "fr", "topic": "t", "kind": "card"}, at + timedelta(minutes=1))
    turn, when = store.get_turn("u", "chat")
    assert turn["question"] == "q2" and when == at + timedelta(minutes=1)
    assert store.get_turn("u", "other") is None
    UserLimits(store, per_minute=5).check("u", "actions")
    store.forget_user("u")
    assert store.get_turn("u", "chat") is None
    assert store.update_rate_row("u", "actions", lambda hits, notice: (hits, notice, hits)) == []
    store.close()
