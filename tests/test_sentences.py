"""Sentences for quotation: never cut after a title, an initial, an abbreviation or a list marker."""
import pytest

from bot.text.sentences import split_sentences, unwrap


@pytest.mark.parametrize("text, first", [
    ("Ms. Amy Muedin, Deputy Head of UN Migration Secretariat thanked participants. She added more.",
     "Ms. Amy Muedin, Deputy Head of UN Migration Secretariat thanked participants."),
    ("The session was moderated by Dr. Amira Abdelrahman Ahmed Mohamed, Assistant Professor. Next.",
     "The session was moderated by Dr. Amira Abdelrahman Ahmed Mohamed, Assistant Professor."),
    ("Closing remarks by Mrs. Carmela Godeau, Regional Director. Thanks.", "Closing remarks by Mrs. Carmela Godeau, Regional Director."),
    ("H.E. Ambassador Mona Fahmy welcomed the participants. She recalled.", "H.E. Ambassador Mona Fahmy welcomed the participants."),
    ("Mr. J. K. Mensah, General Secretary, spoke. Then others.", "Mr. J. K. Mensah, General Secretary, spoke."),
    ("Ratify ILO Convention No. 181 and No. 189. Establish centres.", "Ratify ILO Convention No. 181 and No. 189."),
    ("M. Dupont et Mme Martin ont ouvert la séance. Puis S.E. l'Ambassadeur a parlé.", "M. Dupont et Mme Martin ont ouvert la séance."),
])
def test_a_sentence_is_not_cut_after_a_title_or_an_initial(text, first):
    assert split_sentences(text)[0] == first


def test_numbered_items_keep_their_number_and_lines_stay_apart():
    text = "The meeting aimed to:\n1. Provide stakeholders with an overview.\n2. Learn about their plans."
    assert split_sentences(text) == ["The meeting aimed to:", "1. Provide stakeholders with an overview.",
                                     "2. Learn about their plans."]


def test_an_inline_enumeration_is_split_at_its_items():
    parts = split_sentences("The Conference aimed to: 1) Allow a first assessment; 2) Highlight challenges.")
    assert parts == ["The Conference aimed to:", "1) Allow a first assessment;", "2) Highlight challenges."]


def test_an_agenda_time_alone_on_its_line_joins_its_item():
    assert split_sentences("11:00 - 13:00\nPlenary Session 1: High-level Panel") == [
        "11:00 - 13:00 Plenary Session 1: High-level Panel"]


def test_ordinary_sentences_are_split():
    assert split_sentences("The IMRF is held every four years. It began in 2022! Is it open? Yes.") == [
        "The IMRF is held every four years.", "It began in 2022!", "Is it open?", "Yes."]


def test_a_sentence_wrapped_over_two_lines_is_one_sentence():
    """A hand-wrapped line ("... doivent\\nêtre envoyées ... au plus tard le 9 avril") keeps its subject with its
    date, for quotation and for the dates read at ingest; a new line that starts a new item stays apart."""
    from ingest.dates import sentence_spans

    text = "Les contributions doivent\nêtre envoyées au plus tard le 9 avril 2027.\nInscription : en ligne"
    assert split_sentences(text) == ["Les contributions doivent être envoyées au plus tard le 9 avril 2027.",
                                     "Inscription : en ligne"]
    assert [text[s:e].replace("\n", " ") for s, e in sentence_spans(text)][0] == split_sentences(text)[0]
    assert split_sentences("Speakers:\n- Ms. A\nOpening\nremarks by the chair") == [
        "Speakers:", "- Ms. A", "Opening remarks by the chair"]
    # a line ending on a word no sentence ends with goes on below, whatever its case ("until\nFriday 3 May"); not into
    # the next item of a list
    item = "- Comments may be sent to the secretariat until\nFriday 3 May 2030.\n- The report will follow; and\n- a webinar."
    assert split_sentences(item) == ["- Comments may be sent to the secretariat until Friday 3 May 2030.",
                                     "- The report will follow; and", "- a webinar."]
    assert [item[s:e].replace("\n", " ") for s, e in sentence_spans(item)][0] == split_sentences(item)[0]


def test_a_paragraph_hard_wrapped_at_a_width_is_read_whole_but_titles_rows_and_fields_stay_apart():
    """A paragraph wrapped at its width goes on on the next line whatever that line starts with ("the Subregional\n
    Consultation", "13-14 April\n2032 in Nairobi"): the sentence that says a meeting was postponed is one sentence,
    for quotation and for the dates read at ingest. A title above its dateline, a table's rows and a field of its own
    ("Date of issue: ...") are not a paragraph's lines."""
    from ingest.dates import sentence_spans

    text = ("The Regional UN Network on Migration for East and Horn of Africa wishes to inform you that the Subregional\n"
            "Consultation on Safe and Regular Pathways for Migrants in the Horn of Africa, initially scheduled for 13-14 April\n"
            "2032 in Nairobi, Kenya, has been postponed. The consultation will now take place on Tuesday 9 and Wednesday\n"
            "10 June 2032 in Addis Ababa.")
    got = split_sentences(text)
    assert len(got) == 2 and got[0].startswith("The Regional") and got[0].endswith("has been postponed."), got
    assert "13-14 April 2032 in Nairobi" in got[0] and "Subregional Consultation" in got[0]
    assert [text[s:e].replace("\n", " ").strip() for s, e in sentence_spans(text)] == got
    title = ("Regional Expert Meeting on Access to Health Services for Migrants in the Arab Region\n"
             "Amman, Jordan, 7-8 October 2026")
    assert split_sentences(title) == title.split("\n")
    fields = ("Issued by the Regional United Nations Network on Migration for East and Horn of Africa\n"
              "Date of issue: 1 March 2032\nThe notice replaces the one sent in January by the Network secretariat.")
    assert split_sentences(fields)[:2] == fields.split("\n")[:2]
    rows = ("Notification of selected organizers of the side events of the conference | by Friday, 24 April 2026\n"
            "Publication of the final programme | Friday, 15 May 2026.")
    assert split_sentences(rows) == rows.split("\n")


def test_a_table_cells_list_of_people_is_one_sentence():
    row = "11:30–12:10 | Panel discussion: What works? | Mr. Karim Zerrouki; Dr. Rawan Haddadin; Mr. Tomás Ribeiro"
    assert split_sentences(row) == [row]


def test_a_table_rows_session_asking_a_question_goes_on_in_its_row():
    """A programme's row whose session cell asks a question and goes on ("Where does the region stand? Presentation of
    ...") is one sentence with its moderator's cell: "who moderates plenary 1" finds both in it; a cell's sentences
    ending with a full stop are still read apart ("Speakers: to be announced" is not what the moderator's sentence
    says)."""
    row = ("10:45-12:30 | Plenary 1: Where does the region stand? Presentation of the draft report, followed by a panel "
           "| Moderator: Dr. Catalina Dizon-Mendoza, Director")
    assert split_sentences(f"Day 1\n{row}\nLunch is served. Side events follow.") == [
        "Day 1", row, "Lunch is served.", "Side events follow."]
    assert split_sentences("14:30 | Session 3: Complaints | Moderator: Ms. Nawal Hamdan. Speakers: to be announced") == [
        "14:30 | Session 3: Complaints | Moderator: Ms. Nawal Hamdan.", "Speakers: to be announced"]


def test_a_line_introducing_a_list_says_what_its_items_say_not_their_numbers():
    """"Sont invités :" is read with the items below it (which ministries, which associations), and "1." numbers an
    item: it is no count a "how many" question could be answered with."""
    from bot.answering.passages import introduced

    sents = ["Environ 60 participants sont attendus.", "Sont invités :", "- les ministères de l'Intérieur ;",
             "- les associations de familles.", "Des observateurs sont invités."]
    assert introduced(sents, 1) == " les ministères de l'Intérieur ; les associations de familles."
    assert introduced(sents, 0) == introduced(sents, 4) == ""
    numbered = ["The workshop will:", "1. Present the toolkit;", "2. Share national experiences."]
    assert introduced(numbered, 0) == " Present the toolkit; Share national experiences."


def test_a_list_run_into_one_sentence_is_read_item_by_item():
    from bot.answering.passages import run_items

    lead, items = run_items("Applicants must: - send the form by 15 April 2027; - work for a health service; "
                            "- attend an online orientation session before the training.")
    assert lead == "Applicants must:" and len(items) == 3
    assert items[0] == "send the form by 15 April 2027" and "orientation" in items[2] and "April" not in items[2]
    # a programme row: the cells before the speakers lead each speaker
    lead, items = run_items("09:30–10:30 | Opening session | Representative of the host Government (tbc); Mr. Tarek Mansour, ESCWA")
    assert lead == "09:30–10:30 | Opening session |" and items == ["Representative of the host Government (tbc)",
                                                                   "Mr. Tarek Mansour, ESCWA"]
    # a time range, a dateline and a link are not lists
    for text in ("From 10:00 - 12:00 and 14:00 - 16:00", "Tunis - 25 May 2027", "Register at https://example.org/form"):
        assert run_items(text) == ("", [text])


def test_a_markdown_hard_break_ends_a_list_item_before_the_paragraph_after_it():
    """The Markdown splitter joins a list and the paragraph after it with a hard break ("  \\n"): the item's date is not
    quoted with the paragraph, however long the item is."""
    text = ("- Accréditation : les organisations qui ne sont pas dotées du statut consultatif doivent demander une "
            "accréditation avant le lundi 1er novembre 2032, au moyen du formulaire en ligne  \n"
            "La réunion examinera le projet de feuille de route de l'examen régional de 2033.")
    sentences = split_sentences(text)
    assert len(sentences) == 2 and sentences[1].startswith("La réunion"), sentences
    assert unwrap(text) == text


def test_a_date_said_not_to_be_set_is_read_in_three_languages():
    """The sentences that say a date is not set yet, which a reply quotes instead of another date of the document."""
    from bot.answering.passages import NOT_SET
    from bot.text.language import normalize

    for sentence in ("La date d'adoption de la version finale n'a pas non plus été fixée.",
                     "Ni la date, ni le format de cet événement n'ont été discutés.",
                     "The date of the next meeting has not yet been set.", "Venue: to be confirmed",
                     "لم يتم تحديد موعد الاجتماع المقبل بعد."):
        assert NOT_SET.search(normalize(sentence)), sentence
    assert not NOT_SET.search(normalize("The date of the meeting was set for 5 May 2031."))


def test_a_list_in_brackets_is_not_cut_at_its_semicolons():
    """"... Gulf Standard Time (GST, UTC+4; Dubai, Abu Dhabi, Muscat)." is one sentence: the cities that say which zone
    stay with the hours; a clause ended by ";" outside brackets is still apart."""
    text = ("For audiences in the Gulf: the hearing runs from 06:00 to 09:30 Gulf Standard Time (GST, UTC+4; Dubai, Abu "
            "Dhabi, Muscat). Interpretation: English and French; Arabic has been added.")
    assert split_sentences(text) == [
        "For audiences in the Gulf: the hearing runs from 06:00 to 09:30 Gulf Standard Time (GST, UTC+4; Dubai, Abu "
        "Dhabi, Muscat).", "Interpretation: English and French;", "Arabic has been added."]
