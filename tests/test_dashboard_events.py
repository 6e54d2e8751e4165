"""The dashboard's Dates page in a real headless Chromium: the events found in the documents,
hidden and corrected there, the decision shown by `gcmbot deadlines`' own function."""
from __future__ import annotations

import shutil
from datetime import date

import pytest

from tests.browser import ServerThread, browser, screenshot  # noqa: F401  (fixture)
from tests.conftest import KNOWLEDGE
from tests.test_dashboard import PASSWORD, click_and_wait, sign_in


@pytest.fixture(scope="module")
def dates_site(index_dir, tmp_path_factory):
    from bot.review.dashboard.app import create_app
    from bot.settings import Settings
    from bot.storage.store import Store

    base = tmp_path_factory.mktemp("dates-dashboard")
    shutil.copytree(KNOWLEDGE, base / "knowledge")
    shutil.copytree(index_dir, base / "data")
    settings = Settings(data_dir=base / "data", knowledge_dir=base / "knowledge")
    store = Store.from_settings(settings)
    server = ServerThread(create_app(settings, store, password=PASSWORD)).start()
    yield {"url": server.url, "settings": settings}
    server.stop()
    store.close()


def test_dates_page_hide_and_correct(dates_site, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from bot.knowledge.events import load_events

    url, settings = dates_site["url"], dates_site["settings"]
    browser.delete_all_cookies()
    browser.get(url + "/events")
    assert "/login" in browser.current_url
    sign_in(browser, url)
    browser.get(url + "/events")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
    assert len(rows) >= 20                      # every dated mention of the five documents
    superseded = browser.find_elements(By.CSS_SELECTOR, "tr.status-superseded")
    assert superseded and "in timeline.yaml" in superseded[0].text
    shown = browser.find_elements(By.CSS_SELECTOR, "tr.status-shown")
    assert shown, "some dates are said only by the documents"
    screenshot(browser, "20-dates")

    # hide the first shown event: it leaves the dates every channel lists
    target = shown[0].get_attribute("id")
    assert target in {e.id for e in load_events(settings)}
    click_and_wait(browser, shown[0].find_element(By.CSS_SELECTOR, "button[name=go]"))
    assert f"Saved: {target}: hide" in browser.find_element(By.ID, "event-done").text
    assert "status-hidden" in browser.find_element(By.ID, target).get_attribute("class")
    assert target not in {e.id for e in load_events(settings)}

    # correct another one's dates and kind
    other = browser.find_elements(By.CSS_SELECTOR, "tr.status-shown")[0]
    other_id = other.get_attribute("id")
    other.find_element(By.TAG_NAME, "summary").click()
    other.find_element(By.NAME, "dates").send_keys("not a date")
    click_and_wait(browser, other.find_element(By.CSS_SELECTOR, "form.correct button"))
    assert "write YYYY-MM-DD" in browser.find_element(By.ID, "event-error").text
    other = browser.find_element(By.ID, other_id)
    other.find_element(By.TAG_NAME, "summary").click()
    other.find_element(By.NAME, "dates").send_keys("2027-05-03")
    Select(other.find_element(By.NAME, "kind")).select_by_value("deadline")
    click_and_wait(browser, other.find_element(By.CSS_SELECTOR, "form.correct button"))
    row = browser.find_element(By.ID, other_id)
    assert "2027-05-03" in row.text and "deadline" in row.text and "corrected" in row.text
    screenshot(browser, "21-dates-decided")
    fixed = next(e for e in load_events(settings) if e.id == other_id)
    assert (fixed.start, fixed.kind, fixed.precision) == (date(2027, 5, 3), "deadline", "day")
