"""The dashboard's groups as the secretariat corrects them, in a real headless Chromium:
labels and examples, busiest topics by title, split / move / merge / rename, and the
corrections surviving "Group everything again". The questions are the first 90 of the
development log (tests/faq_logs/log_a.yaml), answered by the real engine and grouped by the product.
"""
from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.storage.schema import questions
from tests.browser import ServerThread, browser, screenshot  # noqa: F401  (fixture)
from tests.labelled_logs import answered
from tests.test_dashboard import click_and_wait, sign_in

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def grouped_site(tmp_path_factory, engine, settings):
    from bot.review.dashboard.app import create_app
    from bot.review.grouping import group_new_questions
    from bot.review.grouping_quality import log_answers
    from bot.settings import Settings
    from bot.storage.store import Store

    base = tmp_path_factory.mktemp("dashboard-groups")
    knowledge = base / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    site_settings = Settings(data_dir=base / "data", knowledge_dir=knowledge)
    store = Store.from_settings(site_settings)
    items, answers = answered("log_a.yaml", engine)
    ids = log_answers(store, answers[:90])
    group_new_questions(store.engine, engine.embedder, knowledge_dir=knowledge)
    app = create_app(site_settings, store, password=PASSWORD, embedder_factory=lambda: engine.embedder)
    server = ServerThread(app).start()
    yield {"url": server.url, "store": store, "ids": ids, "items": items[:90]}
    server.stop()
    store.close()


def groups_now(store) -> dict[int, int]:
    with store.engine.connect() as conn:
        return dict(conn.execute(select(questions.c.id, questions.c.group_id)).all())


def open_page(driver, site, path):
    driver.get(site["url"] + path)
    if "/login" in driver.current_url:
        sign_in(driver, site["url"])
        driver.get(site["url"] + path)


def test_overview_names_topics_and_groups_are_labelled(grouped_site, browser):
    from selenium.webdriver.common.by import By

    browser.delete_all_cookies()
    open_page(browser, grouped_site, "/")
    topics = browser.find_elements(By.CSS_SELECTOR, "section ol.topics")[0].find_elements(By.TAG_NAME, "li")
    assert topics
    for li in topics:
        title = li.find_element(By.TAG_NAME, "span").text
        assert not re.match(r"^(card|event|section):", title), f"a raw id in Busiest topics: {title}"
    screenshot(browser, "20-overview-topic-titles")
    open_page(browser, grouped_site, "/groups")
    cards = browser.find_elements(By.CSS_SELECTOR, "article.group")
    assert cards
    for card in cards:
        label = card.find_element(By.CSS_SELECTOR, "h3 .group-label").text
        assert label.strip()
    # a group asked in several languages shows its label in English and an example in each other language
    multi = [c for c in cards if len(c.find_elements(By.CSS_SELECTOR, ".examples li")) >= 1]
    assert multi, "no group with examples in other languages"
    first = multi[0]
    assert first.find_element(By.CSS_SELECTOR, "h3 .q").get_attribute("lang") == "en"
    assert {e.get_attribute("lang") for e in first.find_elements(By.CSS_SELECTOR, ".examples .q")} <= {"ar", "fr"}
    screenshot(browser, "21-groups-labels")


def test_questions_with_their_group_download_from_the_groups_page(grouped_site, browser):
    import csv
    import io

    from selenium.webdriver.common.by import By

    open_page(browser, grouped_site, "/groups")
    before = set(Path(browser.download_dir).glob("gcm-questions-*.csv"))
    browser.find_element(By.ID, "export-questions").click()
    deadline, files = time.time() + 15, []
    while time.time() < deadline and not files:
        files = [p for p in Path(browser.download_dir).glob("gcm-questions-*.csv") if p not in before]
        time.sleep(0.2)
    assert files, "the questions with their group were not downloaded"
    rows = list(csv.DictReader(io.StringIO(files[0].read_bytes().decode("utf-8-sig"))))
    stored = groups_now(grouped_site["store"])
    assert len(rows) == len(grouped_site["ids"])
    assert {int(r["question_id"]): int(r["group_id"]) for r in rows} == {i: stored[i] for i in grouped_site["ids"]}


def test_split_move_merge_rename_then_everything_grouped_again(grouped_site, browser):
    from selenium.webdriver.common.by import By

    store = grouped_site["store"]
    before = groups_now(store)
    sizes: dict[int, list[int]] = {}
    for qid, gid in before.items():
        sizes.setdefault(gid, []).append(qid)
    big, other, third = sorted(sizes, key=lambda g: -len(sizes[g]))[:3]
    open_page(browser, grouped_site, f"/groups/{big}")
    # split: tick two questions, give the new group a label
    boxes = browser.find_elements(By.CSS_SELECTOR, "table.questions input[name=question]")
    picked = [int(b.get_attribute("value")) for b in boxes[:2]]
    for b in boxes[:2]:
        b.click()
    browser.find_element(By.ID, "new-label").send_keys("Split off in the dashboard")
    screenshot(browser, "22-group-split-ticked")
    click_and_wait(browser, browser.find_element(By.ID, "split"))
    assert "split off" in browser.find_element(By.ID, "correction-done").text
    new_id = int(re.search(r"/groups/(\d+)", browser.current_url).group(1))
    assert new_id not in (big, other, third)
    assert browser.find_element(By.CSS_SELECTOR, "h3 .group-label").text == "Split off in the dashboard"
    assert {int(b.get_attribute("value")) for b in browser.find_elements(By.CSS_SELECTOR, "input[name=question]")} == set(picked)
    screenshot(browser, "23-group-split-done")
    # move: one question of the third group into the new group
    open_page(browser, grouped_site, f"/groups/{third}")
    box = browser.find_element(By.CSS_SELECTOR, "table.questions input[name=question]")
    moved = int(box.get_attribute("value"))
    box.click()
    browser.find_element(By.ID, "to").send_keys(str(new_id))
    click_and_wait(browser, browser.find_element(By.ID, "move"))
    assert f"/groups/{new_id}" in browser.current_url and "moved here" in browser.find_element(By.ID, "correction-done").text
    # rename the big group
    open_page(browser, grouped_site, f"/groups/{big}")
    field = browser.find_element(By.ID, "label")
    field.clear()
    field.send_keys("Named by the secretariat")
    click_and_wait(browser, browser.find_element(By.ID, "rename"))
    assert browser.find_element(By.CSS_SELECTOR, "h3 .group-label").text == "Named by the secretariat"
    # merge the second group into the big one; its old address leads there
    open_page(browser, grouped_site, f"/groups/{other}")
    browser.find_element(By.ID, "into").send_keys(str(big))
    click_and_wait(browser, browser.find_element(By.ID, "merge"))
    assert browser.current_url.endswith(f"/groups/{big}") and "merged" in browser.find_element(By.ID, "correction-done").text
    open_page(browser, grouped_site, f"/groups/{other}")
    assert browser.current_url.endswith(f"/groups/{big}")
    # a wrong group number is said plainly, nothing changes
    browser.find_element(By.ID, "into").send_keys("999999")
    click_and_wait(browser, browser.find_element(By.ID, "merge"))
    assert "no group 999999" in browser.find_element(By.ID, "correction-error").text
    screenshot(browser, "24-group-corrected")
    decided = groups_now(store)
    assert {decided[q] for q in [*picked, moved]} == {new_id}
    assert all(decided[q] == big for q in sizes[other])

    # group everything again from the groups page
    open_page(browser, grouped_site, "/groups")
    click_and_wait(browser, browser.find_element(By.ID, "regroup-all"))
    deadline = time.time() + 240
    while time.time() < deadline:
        browser.get(grouped_site["url"] + "/groups")
        if "Grouping new questions" not in browser.page_source:
            break
        time.sleep(1)
    assert "Last run: grouped every question again: placed" in browser.page_source, browser.find_element(By.CSS_SELECTOR, ".bar").text
    after = groups_now(store)
    assert {after[q] for q in [*picked, moved]} == {new_id}, "the split and the move survive"
    assert all(after[q] == big for q in sizes[other]), "the merge survives"
    open_page(browser, grouped_site, f"/groups/{big}")
    assert browser.find_element(By.CSS_SELECTOR, "h3 .group-label").text == "Named by the secretariat"
    open_page(browser, grouped_site, f"/groups/{new_id}")
    assert browser.find_element(By.CSS_SELECTOR, "h3 .group-label").text == "Split off in the dashboard"
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.questions .pinned")) == 3
    screenshot(browser, "25-group-after-regroup")
