"""English agenda items enumerated in prose: the cues that introduce topics (discussed,
exchanged views on, noted, examined, umbrella words), where an enumeration is cut into items,
and what ends it (a further verb, a purpose, a participle of speech, a new clause, a person
set off by commas, an excerpt cut short).
"""

from __future__ import annotations

import pytest

from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.agenda_releases import agenda, release_of


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They exchanged views on river safety, the upkeep of piers and the licensing of "
     "ferries.", ["river safety", "the upkeep of piers", "the licensing of ferries"]),
    ("She briefed them on the state of the harbour, and on plans for a new pier.",
     ["the state of the harbour", "plans for a new pier"]),
    ("They talked about how the two ports could share berths.",
     ["how the two ports could share berths"]),
    ("The two sides agreed to deepen ties in three areas: first, flood control; second, "
     "ferry safety; and third, pier design.", ["flood control", "ferry safety", "pier design"]),
    ("They discussed closer links between the fleets of the two ports, especially tugs, "
     "shared berths, and the upkeep of Tsing Yi and the Kwai Chung terminals.",
     ["closer links between the fleets of the two ports, especially tugs", "shared berths",
      "the upkeep of Tsing Yi and the Kwai Chung terminals"]),
    ("Members agreed that the Lands Department would clear the slopes, and that the "
     "Water Supplies Department would check the mains.",
     ["clear the slopes", "check the mains"]),
    ("They also discussed dredging and piers.", ["dredging", "piers"]),
    ("Ministers welcomed the conclusion of talks on the Hong Kong, China Port Accord and the "
     "related Ferry Protocol, and agreed to sign both later this year.",
     ["the conclusion of talks on the Hong Kong, China Port Accord and the related Ferry "
      "Protocol"]),
    ("They discussed ferry fares and the related subsidies.",
     ["ferry fares and the related subsidies"]),
])
def test_enumerations_in_prose(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They discussed various issues including river safety, pier upkeep, and ferry "
     "licensing.", ["river safety", "pier upkeep", "ferry licensing"]),
    ("The meeting discussed at length three items, namely river safety, pier upkeep and "
     "ferry licensing.", ["river safety", "pier upkeep", "ferry licensing"]),
    ("They met to discuss port matters in the coming months, including berth allocation, "
     "tug services, as well as pilotage fees.",
     ["berth allocation", "tug services", "pilotage fees"]),
    ("The two sides had in-depth discussion on co-operation in key areas, such as "
     "port logistics, tourism promotion and youth exchanges, etc.",
     ["port logistics", "tourism promotion", "youth exchanges"]),
    # "including" with one item after it stays with its item
    ("They discussed port issues, including fees for small and medium-sized vessels.",
     ["port issues, including fees for small and medium-sized vessels"]),
    ("They had frank exchanges on various issues relating to ferry safety and the "
     "licensing of pilots.", ["ferry safety", "the licensing of pilots"]),
    ("The officials exchanged views on matters related to dredging, pier upkeep and "
     "tug services.", ["dredging", "pier upkeep", "tug services"]),
    ("Ministers will discuss a wide range of issues with a focus on port safety, the "
     "training of pilots and cleaner shipping.",
     ["port safety", "the training of pilots", "cleaner shipping"]),
    # one topic after the umbrella: the phrase stays whole
    ("They exchanged views on issues relating to ferry safety.",
     ["issues relating to ferry safety"]),
])
def test_umbrella_words_introduce_the_items(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They exchanged views on the port budget as well as fishing and marine conservation.",
     ["the port budget", "fishing and marine conservation"]),
    ("They also discussed trade and maritime relations.", ["trade and maritime relations"]),
    ("The two sides exchanged views on river safety, pilotage and the upkeep of the piers at "
     "Tai O and Mui Wo.",
     ["river safety", "pilotage", "the upkeep of the piers at Tai O and Mui Wo"]),
    ("They exchanged views on river safety, pier upkeep, energy and clean shipping.",
     ["river safety", "pier upkeep", "energy and clean shipping"]),
    # a list ends at the topic "as well as" joins: an "and" inside it does not cut it again
    ("They discussed river safety, pier upkeep as well as pilot training and exchanges.",
     ["river safety", "pier upkeep", "pilot training and exchanges"]),
    # a verb phrase in "-ing" with its object after a noun phrase is a topic of its own
    ("They had detailed exchanges on the upkeep of the piers and studying the reopening of "
     "the ferry routes.",
     ["the upkeep of the piers", "studying the reopening of the ferry routes"]),
    ("They discussed port safety, the licensing of pilots and strengthening the training "
     "and safety of crews.", ["port safety", "the licensing of pilots",
                              "strengthening the training and safety of crews"]),
    # two verbs sharing one object stay one topic
    ("They will discuss planning and developing the new pier at Tai O.",
     ["planning and developing the new pier at Tai O"]),
])
def test_how_an_enumeration_is_cut(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a piece opening with a preposition of time or place is part of the item before it,
    # and the list may still end after it at "and"
    ("Ministers discussed the rules for the port conference to be held in Lisbon, Portugal, "
     "in May next year and how to speed up the talks.",
     ["the rules for the port conference to be held in Lisbon, Portugal, in May next year",
      "how to speed up the talks"]),
    # an apposition or an absolute clause after a comma is no item
    ("They discussed the new ferry licence, that is the permit for night sailings, and the "
     "fees for berths.", ["the new ferry licence", "the fees for berths"]),
    ("They discussed the work of the pier panel and the dredging group, both having met "
     "twice, and the plans for the typhoon season.",
     ["the work of the pier panel and the dredging group", "the plans for the typhoon season"]),
    # must not fire: a country that is not the city's own starts an item; an example word
    # still keeps the rest of the list with its item
    ("They exchanged views on cruise routes to Lisbon, Japan and Korea.",
     ["cruise routes to Lisbon", "Japan and Korea"]),
    ("They discussed the port budget, in particular the dredging costs and the pier repairs.",
     ["the port budget, in particular the dredging costs and the pier repairs"]),
])
def test_pieces_that_are_no_topic_of_their_own(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("She briefed the Mayor and his deputies on the ferry timetable, and the new pier.",
     ["the ferry timetable", "the new pier"]),
    ("They will discuss the ferry timetable and the pier plans.",
     ["the ferry timetable", "the pier plans"]),
    ("Discussion on pier repairs was also on the agenda.", ["pier repairs"]),
    ("To exchange views on ferry fares and pier repairs, he also met the harbour masters.",
     ["ferry fares", "pier repairs"]),
    ("They exchanged views on dredging and provided him with an update on the ferry fleet.",
     ["dredging"]),
    ("Today's meeting involved a discussion on dredging the channel in accordance with the "
     "plan.", ["dredging the channel"]),
    ("The Minister discussed with the visitors how the ports could share berths.",
     ["how the ports could share berths"]),
    ("He went on to report on the ferry timetable and the new pier.",
     ["the ferry timetable", "the new pier"]),
    ("They will discuss port fees, and Mr Ho will brief the media afterwards.", ["port fees"]),
    ("They will discuss co-operation items and matters.", ["co-operation items"]),
    ("Topics discussed: river safety, pier upkeep and ferry licensing.",
     ["river safety", "pier upkeep", "ferry licensing"]),
    ("They discussed the outbreak that struck Hong Kong and nearby towns.",
     ["the outbreak that struck Hong Kong and nearby towns"]),
    ("They will have a meeting with officials of the Port Authority on Monday (March 4).", []),
    # the party between the verb and its topic, however long and punctuated
    ("They exchanged views with the Port Director, Mr Lin Bo; his deputy, Mr Wu Tao, and "
     "other officials on pier upkeep and the licensing of ferries.",
     ["pier upkeep", "the licensing of ferries"]),
    ("He had detailed exchanges with the harbour masters on dredging and the training of "
     "pilots.", ["dredging", "the training of pilots"]),
    ("He called on the Mayor to update him on the ferry timetable and the new pier.",
     ["the ferry timetable", "the new pier"]),
    ("He met port operators to keep them abreast of the new fees as well as the pier plans.",
     ["the new fees", "the pier plans"]),
    ("After the meeting he will update the media on the ferry timetable and the new pier.",
     []),
    ("Ahead of the talks, he said, the ministers would focus on three areas: river safety, "
     "pier upkeep and ferry licensing.", ["river safety", "pier upkeep", "ferry licensing"]),
])
def test_cues_and_ends_of_prose_enumerations(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


def test_the_last_item_of_an_excerpt_cut_short_is_dropped() -> None:
    text = ("A test release\n\n     The Secretary for Transport, Mr Ho, visited Xiamen today "
            "(March 4).\n\n     He met the Mayor of Xiamen, Mr Lin Bo, to discuss ferry "
            "fares, pier repairs, the training of cre")
    assert agenda(parse(decode(text.encode("utf-8"), "t.txt"))) == ["ferry fares", "pier repairs"]


def test_planned_steps_of_a_meeting() -> None:
    assert agenda(release_of(
        "During the meeting, both sides will review the work of the past year, and agree on "
        "the priorities for next year.")) == [
            "review the work of the past year", "agree on the priorities for next year"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ministers exchanged views on ferry fares, discussed pier repairs, and took stock of "
     "the harbour plan.", ["ferry fares", "pier repairs", "the harbour plan"]),
    ("Both sides discussed the dredging of the channel, the training and licensing of "
     "pilots, as well as the upkeep of the piers.",
     ["the dredging of the channel", "the training and licensing of pilots",
      "the upkeep of the piers"]),
    ("Areas of co-operation include port logistics, ferry safety and pier upkeep to "
     "implement the harbour plan.", ["port logistics", "ferry safety", "pier upkeep"]),
    ("Both sides will discuss enhancing co-operation in such areas as dredging, pilot "
     "training and ferry safety.", ["dredging", "pilot training", "ferry safety"]),
    ("Members held dialogues with the Government on how to share berths, as well as how to "
     "train pilots and how to cut fares.",
     ["how to share berths", "how to train pilots", "how to cut fares"]),
    ("The Council focused discussions, in the light of the harbour plan, on how to widen the "
     "channel, as well as on the dredging budget.",
     ["how to widen the channel", "the dredging budget"]),
    ("Discussion on how to promote ferry travel was also on the agenda.",
     ["how to promote ferry travel"]),
])
def test_round_two_prose_constructions(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They discussed the ferry licensing scheme and the Harbour Safety Accord.",
     ["the ferry licensing scheme", "the Harbour Safety Accord"]),
    ("They discussed the licensing of ferries and the Harbour Authority.",
     ["the licensing of ferries and the Harbour Authority"]),
    ("The agenda included tide tables, pier upkeep, and the training of pilots.",
     ["tide tables", "pier upkeep", "the training of pilots"]),
    ("The port agenda included tide tables, pier upkeep, and the training of pilots.", []),
    ("They discussed the state of the fleet and efforts to promote ferry travel.",
     ["the state of the fleet and efforts to promote ferry travel"]),
])
def test_round_two_joins_and_cues(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("She had an in-depth discussion with them on issues of interest including pier upkeep, "
     "ferry fares and the training of pilots.",
     ["pier upkeep", "ferry fares", "the training of pilots"]),
    ("They held discussions with the port officials on tide tables and the dredging budget.",
     ["tide tables", "the dredging budget"]),
])
def test_a_discussion_held_with_someone_on_topics_enumerates_them(
        sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Members noted the progress of the pier repairs and the budget of the Harbour Fund.",
     ["the progress of the pier repairs", "the budget of the Harbour Fund"]),
    ("The Commission also took note of tide tables and pier upkeep.",
     ["tide tables", "pier upkeep"]),
    ("Members noted that the pier repairs and the dredging were on time.", []),
    ("He noted the close ties and the frequent visits between the two places.", []),
])
def test_what_members_of_a_body_noted_is_its_business(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("She discussed with the Director of the Port Office, Mr Jan Novak, on pier upkeep and "
     "tide tables.", ["pier upkeep", "tide tables"]),
    ("They discussed pier upkeep, tide tables, Mr Jan Novak, and the dredging budget.",
     ["pier upkeep", "tide tables", "the dredging budget"]),
])
def test_a_person_set_off_by_commas_is_no_topic(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


def test_a_further_verb_of_the_visit_ends_the_topics() -> None:
    release = release_of("The Council will discuss tide tables and pier upkeep and attend a "
                         "dinner hosted by the Harbour Club.")
    assert agenda(release) == ["tide tables", "pier upkeep"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Mayor had a frank exchange with the Director on the upkeep of the piers and the "
     "training of the harbour pilots.",
     ["the upkeep of the piers", "the training of the harbour pilots"]),
    ("The Mayor had a frank exchange with the Director.", []),
])
def test_an_exchange_with_someone_on_topics_enumerates_them(sentence: str,
                                                            expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


def test_a_participle_of_speech_ends_the_topics() -> None:
    release = release_of("Addressing the club, he talked about the ferry fares, saying that the "
                         "cause of the rise is fuel, in particular, how the fuel is bought.")
    assert agenda(release) == ["the ferry fares"]


def test_various_issues_is_no_topic() -> None:
    release = release_of("He talked about the ferry fares and the pier upkeep, and exchanged "
                         "views with the members on various issues.")
    assert agenda(release) == ["the ferry fares", "the pier upkeep"]


def test_a_purpose_after_the_topics_is_no_topic() -> None:
    release = release_of("The harbour officers met to discuss ferry safety, to improve the "
                         "rescue and patrol services of the two ports.")
    assert agenda(release) == ["ferry safety"]


def test_a_new_clause_of_affirming_ends_the_topics() -> None:
    release = release_of("They also discussed pier upkeep and affirmed their commitment to "
                         "the harbour plan, and the Director thanked the Mayor.")
    assert agenda(release) == ["pier upkeep"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("During the meeting, the two sides examined the upkeep of the piers as well as the "
     "dredging plan for next year.",
     ["the upkeep of the piers", "the dredging plan for next year"]),
    ("Other matters of the piers and the dredging plan were also examined at the meeting.", []),
])
def test_examined_is_a_verb_of_business(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They discussed harbour matters and ferry co-operation between the two ports.",
     ["harbour matters", "ferry co-operation between the two ports"]),
    ("They exchanged views on the state of local and regional fleets and efforts to widen "
     "the fairway.", ["the state of local and regional fleets", "efforts to widen the fairway"]),
    ("They exchanged views on issues relating to the pier upkeep situation and fishermen's "
     "livelihood.", ["the pier upkeep situation", "fishermen's livelihood"]),
    # two nouns sharing the phrase after them, a generic phrase, a clause about the first
    ("They discussed closer pilot exchanges and co-operation between the two ports.",
     ["closer pilot exchanges and co-operation between the two ports"]),
    ("They discussed ferry fare matters and issues of mutual concern.",
     ["ferry fare matters and issues of mutual concern"]),
    ("They discussed the tidal situation and how it may affect the piers.",
     ["the tidal situation and how it may affect the piers"]),
])
def test_a_phrase_ending_on_a_head_noun_ends_a_topic(sentence: str,
                                                     expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a passive "discussed" or a noun of discussion, then an umbrella word, opens the list
    ("Several harbour questions were discussed at the meeting, including pier upkeep, "
     "ferry licensing and tug fees.", ["pier upkeep", "ferry licensing", "tug fees"]),
    ("Discussions were held on three priorities, namely dredging, pilotage and the "
     "berthing of barges.", ["dredging", "pilotage", "the berthing of barges"]),
    ("Harbour questions that have been discussed include pier upkeep, the dredging plan "
     "and tug fees.", ["pier upkeep", "the dredging plan", "tug fees"]),
    # the agenda of a meeting, though not one of a port ("The port agenda included ...")
    ("The working group agenda included berth allocation and the licensing of tugs.",
     ["berth allocation", "the licensing of tugs"]),
    # background "areas such as" opens nothing, nor does a single topic after the umbrella
    ("They agreed to strengthen ties in areas such as dredging, pilotage and tourism.", []),
    ("Several questions were discussed, including the upkeep of small piers.", []),
])
def test_an_umbrella_after_a_word_of_discussion(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected
