"""Invented local-news prose for the benchmark corpus: places, people, numbers and the
sentences a Smart Brevity story is made of.

Every word list and sentence template here was written for smartbrev's benchmark; the
towns, people, bodies and events are made up. A sentence is a template whose `{slots}`
are filled from the story (its place, its body, its project) and from the random
generator the story was seeded with, so the same seed always gives the same text.
Templates mix what real copy mixes: active and passive sentences, forms of "to be",
hyphenated words, figures with units, first-person quotations and their attributions.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

FIRST_NAMES = (
    "Adaeze", "Bram", "Celia", "Dario", "Esme", "Farid", "Greta", "Hollis", "Inés", "Jonah",
    "Keiko", "Lucan", "Mireille", "Nnamdi", "Odile", "Pavel", "Quinn", "Rosalind", "Søren",
    "Tamsin", "Ulrike", "Vikram", "Wendell", "Xiomara", "Yusra", "Zoltan", "Renée", "Joaquín",
    "Priya", "Callum", "Marguerite", "Tobias", "Hana", "Desmond", "Leonie", "Rafael",
)  # fmt: skip
LAST_NAMES = (
    "Abernathy", "Balogun", "Castellanos", "Dufresne", "Eriksen", "Fairweather", "Gallo",
    "Hargreave", "Ibarra", "Jessop", "Kowalczyk", "Lindqvist", "Mbeki", "Nakashima",
    "O'Connell", "Pemberton", "Quiroga", "Rasmussen", "Szabo", "Thornbury", "Umeh",
    "Vasquez-Reid", "Whitlock", "Yilmaz", "Zamora", "Achterberg", "Brightwater", "Cho",
)  # fmt: skip
PLACES = (
    "Marrowfield", "Quillan Harbor", "Stonebridge", "Ashcombe", "Larkspur Valley", "Fennick",
    "Orrin Falls", "Bexley Mills", "Cardale", "Nettlewood", "Wyeburn", "Port Sable",
    "Elderford", "Granton Springs", "Halloway", "Kettle Rock", "Mossgiel", "Redfern Bay",
)  # fmt: skip
OUTLETS = ("The Ledger", "Valley Dispatch", "Harbor Notes", "The Civic Wire", "Morning Slate")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec.")  # fmt: skip


@dataclass(frozen=True)
class Topic:
    """What a story is about: the slots its sentences are filled from."""

    body: str
    """Who decides (lower case, used after "the")."""
    project: str
    """What is decided, with its article."""
    thing: str
    """The short name the story keeps using for it, with "the"."""
    people: str
    """Who it touches (plural)."""
    unit: str
    """What is counted (plural)."""
    tags: tuple[str, ...]


TOPICS = (
    Topic("city council", "a plan to end parking minimums near rail stations", "the parking plan",
          "renters", "apartments", ("housing", "zoning")),
    Topic("school board", "a later start time for its four high schools", "the new bell schedule",
          "parents", "students", ("schools", "education")),
    Topic("port commission", "a seven-year contract with a new ferry operator",
          "the ferry contract", "commuters", "sailings", ("transit", "ferries")),
    Topic("transit agency", "a fare freeze paired with longer evening service",
          "the fare freeze", "riders", "bus trips", ("transit", "budget")),
    Topic("county health department", "a mobile clinic for the rural east side",
          "the mobile clinic", "patients", "appointments", ("health",)),
    Topic("water district", "a rate increase to replace lead service lines", "the rate increase",
          "households", "pipes", ("water", "utilities")),
    Topic("library board", "Sunday hours at every branch", "the Sunday schedule", "families",
          "visits", ("libraries",)),
    Topic("planning commission", "a 12-story apartment tower beside the old depot",
          "the depot tower", "neighbors", "homes", ("housing", "development")),
    Topic("housing authority", "a voucher program for families facing eviction",
          "the voucher program", "tenants", "vouchers", ("housing",)),
    Topic("parks department", "a three-year restoration of the riverfront trail",
          "the trail project", "cyclists", "acres", ("parks", "environment")),
    Topic("state university", "free tuition for students from low-income households",
          "the tuition pledge", "students", "scholarships", ("education", "budget")),
    Topic("hospital system", "a merger with its largest rival", "the merger", "patients",
          "beds", ("health", "business")),
)  # fmt: skip

ROLES = (
    "a council member who voted no", "the board's chair", "a parent of two",
    "the agency's director",
    "an economist at the state university", "a nurse who has worked there for 19 years",
    "a longtime resident", "the union's president", "a small-business owner on Main Street",
    "the finance director", "a researcher who studies local budgets", "the project manager",
)  # fmt: skip

LEDES = (
    "The {place} {body} voted {vote} on {day} to approve {project}, ending a debate that "
    "has run since {year}.",
    "{place}'s {body} approved {project} on {day}, a move that could affect about {count} "
    "{people} by next {season}.",
    "{project_cap} was approved by the {place} {body} on {day} after a {hours}-hour hearing.",
    "After {months} months of delays, the {place} {body} signed off on {project} on {day}.",
)
WHY = (
    "About {count} {people} are affected, and {percent}% of them have no other option.",
    "It is the biggest change to {thing} since {year}, and {people} will feel it first.",
    "{thing_cap} costs ${money} million, roughly {percent}% of the {body}'s yearly budget.",
    "If it works, {thing} could be copied by cities across the region, starting with {other}.",
    "The decision was made with {small} days of public notice, and {people} say they were "
    "never asked.",
    "Every {unit_one} that is lost means longer waits for {people} in {place}, who are already "
    "stretched thin.",
)
NEWS = (
    "The vote was {vote}, with two members asking for a delay until after the {season} budget.",
    "Under the plan, {people} who qualify will be notified by mail, and the first payments are "
    "due to go out in {month}.",
    "The {body}'s own auditor flagged the cost overruns in a report that was released last "
    "{season}.",
    "Members spent most of the evening on a single amendment about {unit}, which was "
    "withdrawn shortly before the final roll call.",
    "The proposal was first floated in {year} and was rejected twice before this week.",
    "Staff estimate that {thing} will add {count} {unit} over the next {small} years.",
    "The {body} is expected to publish the final terms by {month} {date}.",
    "A first version of {thing} was drafted by a consultant and revised after {small} public "
    "meetings.",
    "About {small}0 opponents packed the hearing in {place}, and the meeting ran past midnight.",
    "Funding comes from a state grant of ${money} million and a {percent}% fee on new permits.",
    "The change takes effect {month} {date}, though some parts are being phased in over a "
    "two-year period.",
    "Most of the cost is borne by {people}, according to a long-range analysis the {body} "
    "released in {month}.",
)
CONTEXT = (
    "{place} has grown by {percent}% since {year}, while its {unit} have barely kept pace.",
    "Similar efforts were tried in {other} and {other2}, with mixed results.",
    "The last time the {body} took up the issue, in {year}, the plan was shelved after a lawsuit.",
    "Neighboring towns are watching closely: {other} has drafted a look-alike proposal.",
    "A state law passed in {year} requires every district to report how {unit} are counted.",
    "For decades {unit} in {place} were left to private operators, and the service was "
    "uneven at best.",
    "Federal money that once covered a third of the cost has been shrinking since {year}.",
    "What looks like a fight over {thing} is part of a statewide argument about who pays "
    "for growth.",
)
QUOTES = (
    "We have waited {small} years, and the {people} we serve were getting tired of excuses.",
    "This is not a perfect plan. It is a real one, and that is what {place} has been missing.",
    "I have lived here for {decades} years and I have never seen a meeting this full.",
    "Nobody has shown me where the ${money} million comes from, and I am not going to pretend "
    "otherwise.",
    "The numbers for {thing} were checked by {small} different offices. They hold up.",
    "My kids are the ones who will live with this decision, so I took {day} off to be in the room.",
    "If we get this wrong, {people} pay for it first, and they pay for it longest.",
    "We're trading a short-term headache for a long-term fix. I'd make that trade every time, "
    "and so would most {people} I know.",
    "I was skeptical in {month}. After reading the {pages}-page report twice, I'm less so.",
    "Call it what you want, but {people} in {place} were never asked. Not once.",
    "There are {count} {people} on the waiting list. Every one of them is a person, not a "
    "line item.",
    "I don't think anyone on the {body} wanted to be here, but here we are.",
    "We'll be back in {season} to see whether the promises were kept.",
    "It was rushed. Two weeks is not enough time to read a {pages}-page report.",
    "What {people} told us, over and over, was that they want something that works on a "
    "Tuesday morning, not something that looks good in a brochure.",
)
CAUTIONS = (
    "Critics say {thing} is underfunded by about ${money} million and could be cut in the next "
    "budget cycle.",
    "The plan depends on a ${money} million state grant that has not been awarded yet.",
    "{small} lawsuits are pending, and a judge could pause {thing} before it starts in {month}.",
    "Some {people} in {place} say the change was decided before the hearing even began.",
    "The cost estimate is already {small} years old, and prices for materials have risen since.",
    "A similar program in {other} was quietly ended after it ran out of money in its third year.",
)
NEXT = (
    "The {body} will review {thing} again in {month}, and a first progress report is due in "
    "{year_next}.",
    "Public comments are being taken through {month} {date}, online or at {small} drop-in "
    "sessions in {place}.",
    "A final vote is scheduled for {day}, {month} {date}.",
    "Construction is expected to start next {season} and to last about {small} years, with "
    "the first phase done by {month} {year_next}.",
)
FIGURES = (
    "${money} million: what {thing} is expected to cost over {small} years",
    "{count}: {people} who are covered in the first year",
    "{percent}%: the share of {unit} that are at least 40 years old",
    "{small} of {small2}: members who voted for {thing}",
    "{year}: the last time the {body} changed the rules",
    "{hours} hours: how long the final hearing lasted",
    "{count}: written comments the {body} received",
)
LINK_TITLES = (
    "Read the {body}'s staff report",
    "How {thing} will work, in maps",
    "Our earlier story on the {year} vote",
    "The {month} {date} hearing, on video",
)
SEASONS = ("spring", "summer", "fall", "winter")


def cap(text: str) -> str:
    """The text with its first letter upper-cased."""
    return text[:1].upper() + text[1:]


class Writer:
    """Sentences about one story, drawn with one random generator."""

    def __init__(self, rng: random.Random, topic: Topic, place: str) -> None:
        self.rng = rng
        self.topic = topic
        self.place = place

    def person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def _slots(self) -> dict[str, str]:
        rng, topic = self.rng, self.topic
        others = rng.sample([p for p in PLACES if p != self.place], 2)
        yes = rng.randint(4, 7)
        return {
            "place": self.place,
            "body": topic.body,
            "project": topic.project,
            "project_cap": cap(topic.project),
            "thing": topic.thing,
            "thing_cap": cap(topic.thing),
            "people": topic.people,
            "unit": topic.unit,
            "unit_one": topic.unit.removesuffix("s"),
            "vote": f"{yes}-{rng.randint(1, 3)}",
            "day": rng.choice(WEEKDAYS),
            "month": rng.choice(MONTHS),
            "date": str(rng.randint(1, 28)),
            "year": str(rng.randint(1998, 2022)),
            "year_next": str(rng.randint(2025, 2029)),
            "season": rng.choice(SEASONS),
            "count": f"{rng.choice((rng.randint(120, 990), rng.randint(12, 480) * 100)):,}",
            "money": f"{rng.randint(1, 90)}.{rng.randint(1, 9)}",
            "percent": str(rng.randint(3, 64)),
            "hours": str(rng.randint(3, 9)),
            "months": str(rng.randint(6, 30)),
            "small": str(rng.randint(2, 9)),
            "decades": str(rng.randint(2, 6) * 10),
            "small2": str(rng.randint(7, 11)),
            "pages": str(rng.randint(80, 400)),
            "other": others[0],
            "other2": others[1],
        }

    def sentence(self, templates: tuple[str, ...]) -> str:
        return self.rng.choice(templates).format(**self._slots())

    def sentences(self, templates: tuple[str, ...], low: int, high: int) -> str:
        picked = self.rng.sample(templates, min(len(templates), self.rng.randint(low, high)))
        slots = self._slots()
        return " ".join(t.format(**slots) for t in picked)

    def each(self, templates: tuple[str, ...], count: int) -> list[str]:
        """`count` different sentences, each with slots of its own."""
        return [t.format(**self._slots()) for t in self.rng.sample(templates, count)]

    def quote(self, low: int = 1, high: int = 3) -> str:
        """First-person speech, one to a few sentences (without quotation marks)."""
        return self.sentences(QUOTES, low, high)


_STRAIGHT = re.compile(r"\"([^\"]*)\"")


def curl(text: str) -> str:
    """Straight quotation marks and apostrophes made typographic, as a word processor
    makes them."""
    text = _STRAIGHT.sub("\u201c\\1\u201d", text)
    return text.replace("'", "\u2019")
