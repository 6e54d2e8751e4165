"""The secretariat dashboard, in a real headless Chromium (and plain HTTP for the refusals)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest
from sqlalchemy import insert, update

from bot.cli.benchmarks.faq import generate_questions, insert_questions
from bot.storage.schema import question_groups, questions
from tests.browser import ServerThread, browser, screenshot  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
PASSWORD = "correct horse battery staple"
NOW = datetime.now(timezone.utc)
QUOTE = "A total of 145 participants attended the meeting"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A dashboard on 127.0.0.1 over a store of 300 logged questions in 12 groups (by topic)."""
    from bot.review.dashboard.app import create_app
    from bot.settings import Settings
    from bot.storage.store import Store

    base = tmp_path_factory.mktemp("dashboard")
    knowledge = base / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    settings = Settings(data_dir=base / "data", knowledge_dir=knowledge)
    store = Store.from_settings(settings)
    rows = generate_questions(300, seed=11, days=70, now=NOW)
    ids = insert_questions(store.engine, rows)
    groups = {}
    with store.engine.begin() as conn:
        for rid, row in zip(ids, rows):
            topic = row["_intent"]
            if topic not in groups:
                groups[topic] = conn.execute(insert(question_groups).values(
                    centroid=b"\0" * 1536, size=0, label="", created_at=NOW, updated_at=NOW)).inserted_primary_key[0]
            conn.execute(update(questions).where(questions.c.id == rid).values(group_id=groups[topic]))
    app = create_app(settings, store, password=PASSWORD)
    server = ServerThread(app).start()
    yield {"url": server.url, "store": store, "groups": groups, "ids": ids, "rows": rows, "knowledge": knowledge}
    server.stop()
    store.close()


def sign_in(driver, url: str, password: str = PASSWORD) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url + "/login")
    box = driver.find_element(By.ID, "password")
    box.clear()
    box.send_keys(password)
    from selenium.webdriver.support.ui import WebDriverWait

    button = driver.find_element(By.CSS_SELECTOR, "#login-form button[type=submit]")
    button.click()
    WebDriverWait(driver, 15).until(gone(button))


def gone(element):
    """A wait condition: the element's page has been replaced. Chromium reports a node of the old
    page either as stale or, mid-navigation, as "not belonging to the document"; both mean gone."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    def check(_driver) -> bool:
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as err:
            if "does not belong to the document" in str(err):
                return True
            raise
    return check


def click_and_wait(driver, element) -> None:
    """Click a submit button and wait for the next page."""
    from selenium.webdriver.support.ui import WebDriverWait

    element.click()
    WebDriverWait(driver, 15).until(gone(element))


# --------------------------------------------------------------------------- in the browser
def test_without_a_session_every_page_sends_to_sign_in(site, browser):
    from selenium.webdriver.common.by import By

    browser.delete_all_cookies()
    for path in ("/", "/groups", "/gaps", f"/groups/{site['groups']['visa']}", f"/questions/{site['ids'][0]}", "/cards/new", "/export.csv"):
        browser.get(site["url"] + path)
        assert "/login" in browser.current_url, path
    screenshot(browser, "01-sign-in")
    sign_in(browser, site["url"], "wrong password")
    assert browser.find_element(By.ID, "login-error").text == "Wrong password."
    assert "/login" in browser.current_url


def test_sign_in_then_every_page(site, browser):
    from selenium.webdriver.common.by import By

    browser.delete_all_cookies()
    browser.get(site["url"] + "/gaps")
    sign_in(browser, site["url"])
    browser.get(site["url"] + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Overview"
    charts = browser.find_elements(By.CSS_SELECTOR, "svg.chart")
    assert len(charts) == 2 and browser.find_elements(By.CSS_SELECTOR, "svg.chart rect")
    screenshot(browser, "02-overview")
    browser.get(site["url"] + "/groups")
    cards = browser.find_elements(By.CSS_SELECTOR, "article.group")
    assert len(cards) == 12
    arabic = browser.find_elements(By.CSS_SELECTOR, '.reps [lang="ar"]')
    assert arabic and all(a.get_attribute("dir") == "rtl" for a in arabic)
    screenshot(browser, "03-groups")
    browser.get(site["url"] + "/groups?lang=ar")
    assert browser.find_elements(By.CSS_SELECTOR, ".reps [lang='ar']") and not browser.find_elements(By.CSS_SELECTOR, ".reps [lang='en']")
    browser.get(site["url"] + "/gaps")
    assert "Gaps" in browser.find_element(By.TAG_NAME, "h1").text
    first = browser.find_element(By.CSS_SELECTOR, "article.group .meta").text
    assert "gap questions of" in first
    screenshot(browser, "04-gaps")
    gid = site["groups"]["visa"]
    browser.get(f"{site['url']}/groups/{gid}")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.questions tbody tr")
    assert rows
    screenshot(browser, "05-group")
    rows[0].find_element(By.CSS_SELECTOR, "a").click()
    assert "/questions/" in browser.current_url
    assert browser.find_element(By.CSS_SELECTOR, "blockquote.question").text
    assert "The answer given" in browser.page_source
    screenshot(browser, "06-question")
    browser.get(site["url"] + "/documents?q=accreditation")
    assert browser.find_elements(By.CSS_SELECTOR, ".hits li")
    screenshot(browser, "07-documents")
    # who asked is never shown
    for path in ("/", "/groups", "/gaps", f"/groups/{gid}"):
        browser.get(site["url"] + path)
        assert not any(r["user_key"] in browser.page_source for r in site["rows"][:50])


def test_creating_a_card_with_a_validation_error_then_saved(site, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    gid = site["groups"]["participants"]
    browser.get(f"{site['url']}/cards/new?group={gid}")
    if "/login" in browser.current_url:
        sign_in(browser, site["url"])
        browser.get(f"{site['url']}/cards/new?group={gid}")
    cols = browser.find_elements(By.CSS_SELECTOR, "fieldset.lang-col")
    assert [c.get_attribute("lang") for c in cols] == ["ar", "en", "fr"]
    assert cols[0].get_attribute("dir") == "rtl"
    assert browser.find_element(By.ID, "questions_ar").get_attribute("value").strip(), "the group's Arabic questions"
    card_id = "participants-dialogue-2022-test"
    browser.find_element(By.ID, "id").clear()
    browser.find_element(By.ID, "id").send_keys(card_id)
    texts = {
        "topic_ar": "المشاركون في حوار 2022", "topic_en": "Participants in the 2022 dialogue", "topic_fr": "Participants au dialogue de 2022",
        "answer_ar": "شارك 145 شخصا في حوار 10 فبراير 2022.", "answer_en": "145 people took part in the dialogue of 10 February 2022.",
        "answer_fr": "145 personnes ont participé au dialogue du 10 février 2022.",
    }
    for field, value in texts.items():
        browser.find_element(By.ID, field).send_keys(value)
    Select(browser.find_element(By.ID, "source_document_0")).select_by_value("imrf-dialogue-2022-summary")
    browser.find_element(By.ID, "source_quote_0").send_keys("A total of 999 participants attended")
    screenshot(browser, "08-card-editor")
    click_and_wait(browser, browser.find_element(By.ID, "save-card"))
    error = browser.find_element(By.ID, "err-source_quote_0")
    assert "not found" in error.text
    # next to its field: in the same field box, right after the textarea
    assert error.find_element(By.XPATH, "preceding-sibling::textarea").get_attribute("id") == "source_quote_0"
    assert browser.find_element(By.ID, "source_quote_0").get_attribute("aria-invalid") == "true"
    assert browser.find_element(By.ID, "answer_ar").get_attribute("value") == texts["answer_ar"], "the text typed is kept"
    screenshot(browser, "09-card-validation-error")
    # search the documents and take the quotation from there
    browser.find_element(By.ID, "source_quote_0").clear()
    Select(browser.find_element(By.ID, "source_document_0")).select_by_value("")
    browser.find_element(By.ID, "doc-q").send_keys("145 participants")
    browser.find_element(By.CSS_SELECTOR, "#doc-search-form button").click()
    use = WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#doc-hits .use-quote"))
    use[0].click()
    assert QUOTE in browser.find_element(By.ID, "source_quote_0").get_attribute("value")
    click_and_wait(browser, browser.find_element(By.ID, "save-card"))
    assert card_id in browser.find_element(By.ID, "card-saved").text
    screenshot(browser, "10-card-saved")
    saved = site["knowledge"] / "cards" / f"{card_id}.yaml"
    assert saved.exists() and not (KNOWLEDGE / "cards" / f"{card_id}.yaml").exists()
    browser.get(f"{site['url']}/groups/{gid}")
    assert f"card: {card_id}" in browser.find_element(By.CSS_SELECTOR, "article.group .meta").text


def test_export_buttons_download_files(site, browser):
    from selenium.webdriver.common.by import By

    browser.get(site["url"] + "/groups?lang=ar")
    if "/login" in browser.current_url:
        sign_in(browser, site["url"])
        browser.get(site["url"] + "/groups?lang=ar")
    browser.find_element(By.ID, "export-csv").click()
    deadline = time.time() + 15
    files = []
    while time.time() < deadline:
        files = [p for p in Path(browser.download_dir).glob("*.csv")]
        if files:
            break
        time.sleep(0.2)
    assert files, "no CSV downloaded"
    raw = files[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "ال" in raw.decode("utf-8-sig")
    browser.find_element(By.ID, "export-json").click()
    deadline = time.time() + 15
    while time.time() < deadline and not list(Path(browser.download_dir).glob("*.json")):
        time.sleep(0.2)
    assert list(Path(browser.download_dir).glob("*.json"))


def test_on_a_phone_screen(site, browser):

    browser.set_window_size(390, 844)
    try:
        for name, path in (("11-phone-overview", "/"), ("12-phone-groups", "/groups?lang=ar"),
                           ("13-phone-card-editor", f"/cards/new?group={site['groups']['visa']}")):
            browser.get(site["url"] + path)
            if "/login" in browser.current_url:
                sign_in(browser, site["url"])
                browser.get(site["url"] + path)
            width = browser.execute_script("return document.documentElement.scrollWidth")
            assert width <= 400, f"{path} scrolls sideways ({width}px)"
            screenshot(browser, name)
    finally:
        browser.set_window_size(1280, 900)


def test_sign_out(site, browser):
    from selenium.webdriver.common.by import By

    browser.get(site["url"] + "/")
    if "/login" in browser.current_url:
        sign_in(browser, site["url"])
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.signout button"))
    assert "/login" in browser.current_url
    browser.get(site["url"] + "/groups")
    assert "/login" in browser.current_url


# --------------------------------------------------------------------------- plain HTTP
def _token(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_forms_without_the_right_csrf_token_are_refused(site):
    with httpx.Client(base_url=site["url"], follow_redirects=False) as client:
        login = client.get("/login")
        cookie = login.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert client.post("/login", data={"password": PASSWORD}).status_code == 403
        assert client.post("/login", data={"password": PASSWORD, "csrf": "forged"}).status_code == 403
        ok = client.post("/login", data={"password": PASSWORD, "csrf": _token(login.text), "next": "/"})
        assert ok.status_code == 303 and ok.headers["location"] == "/"
        page = client.get("/cards/new")
        assert page.status_code == 200
        form = {"id": "csrf-test-card", "answer_en": "x"}
        assert client.post("/cards/new", data=form).status_code == 403
        assert client.post("/cards/new", data={**form, "csrf": "0" * 43}).status_code == 403
        assert client.post("/regroup", data={}).status_code == 403
        assert client.post("/logout", data={}).status_code == 403
        assert not (site["knowledge"] / "cards" / "csrf-test-card.yaml").exists()
        # with the token the same form is processed (and refused for its content, 422)
        assert client.post("/cards/new", data={**form, "csrf": _token(page.text)}).status_code == 422
        assert client.get("/").status_code == 200
    with httpx.Client(base_url=site["url"], follow_redirects=False) as anonymous:
        r = anonymous.get("/export.json")
        assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_a_question_page_says_what_the_language_model_did(site):
    """A connected model's text the guard rejected: the secretariat reads why (and finds it among the gaps)."""
    qid = site["ids"][1]
    with site["store"].engine.begin() as conn:
        conn.execute(update(questions).where(questions.c.id == qid).values(
            generation={"used": False, "mode": "compose", "rejected": "date: 1 march 2027", "latency_ms": 80.0}))
    try:
        with httpx.Client(base_url=site["url"], follow_redirects=False) as client:
            login = client.get("/login")
            client.post("/login", data={"password": PASSWORD, "csrf": _token(login.text), "next": "/"})
            page = client.get(f"/questions/{qid}").text
        assert "rejected by the guard" in page and "date: 1 march 2027" in page
    finally:
        with site["store"].engine.begin() as conn:
            conn.execute(update(questions).where(questions.c.id == qid).values(generation=None))


def test_sign_in_is_throttled_and_headers_are_strict(site):
    with httpx.Client(base_url=site["url"], follow_redirects=False) as client:
        page = client.get("/login")
        assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
        token = _token(page.text)
        codes = [client.post("/login", data={"password": f"guess {i}", "csrf": token}).status_code for i in range(6)]
        assert set(codes) == {401, 429} and codes[-1] == 429       # 5 failures a minute from one address
        assert client.post("/login", data={"password": PASSWORD, "csrf": token}).status_code == 429


def test_no_password_only_on_loopback():
    from bot.review.dashboard.app import DashboardError, PasswordCheck, check_bind

    check_bind("127.0.0.1", "")
    check_bind("0.0.0.0", "secret")
    with pytest.raises(DashboardError):
        check_bind("0.0.0.0", "")
    check = PasswordCheck("secret")
    assert "secret" not in repr(vars(check)) and check.verify("secret") and not check.verify("Secret")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GCMBOT_")}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "dashboard", "--host", "0.0.0.0", "--no-group"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "GCMBOT_DASHBOARD_PASSWORD" in out.stderr
