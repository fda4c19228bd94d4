"""How far an extracted figure can be trusted: a logistic model over named signals, weights in a seed.

The fact rules (facts.FactExtractor) describe each figure by signals they read from the text (its
keyword right beside it, where its place came from, a scope word of another level in its sentence, …),
each a number in 0..1 named in SIGNALS. The confidence is the logistic function of a weighted sum of
them. The weights live in seeds/confidence_weights.csv (`signal, weight, prior, meaning`): `prior` is the
judgement written by hand (how much a signal should move the odds), `weight` what bench/fit_confidence.py
fitted on annotated real pages, pulled towards the prior, so a signal the pages rarely show keeps its
judged weight. A steward reads what each signal is in `meaning`.

Below 0.6 a fact goes to the steward's review queue. The weights in use are the priors: fitted on the
real pages annotated so far (the shared ones and folds of fresh pages), the model moved towards the
base rate and, checked on folds left out of the fit, put fewer wrong facts below 0.6 and was no more
precise at 0.8 and above than the priors (bench/fit_confidence.py prints both side by side). Refit with
`--write` once enough fresh annotated pages with their errors are there to beat the priors held out.

The bias sets the review queue's operating point: bench/fit_confidence.py names the smallest move of it that
puts most wrong facts of the fit sets below 0.6 while those at 0.8 and above stay 0.95 precise, and the seed's
bias is that move from the priors' (-0.28 → -0.68, chosen on the shared pages and eight tuned folds, checked on
eight held-out folds; a quarter of the right facts go to review with the wrong ones, see bench/RESULTS.md).
"""
from __future__ import annotations

import csv
import math
import operator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CONFIDENCE_SEED = Path(__file__).resolve().parents[2] / "seeds" / "confidence_weights.csv"

# Every signal the fact rules report, with what it means. The seed must weigh exactly these (and `bias`).
SIGNALS: dict[str, str] = {
    "bias": "constant term: the review queue's operating point, the smallest move that puts most wrong facts of the "
            "annotated pages below 0.6 (bench/fit_confidence.py names it)",
    "proximity": "1 when the metric's keyword stands right beside the figure, falling with the gap",
    "relevance": "how much the figure's article speaks of the programme (0..1)",
    "qualifier_bound": "a bound (不少于, 以上, 不超过) rather than an exact figure",
    "qualifier_approx": "an approximate figure (近, 余, 多, 约, 左右)",
    "count_without_unit": "a count with no measure word the unit table knows",
    "generic_keyword": "a keyword of one or two characters (项目, 建设, 投资)",
    "place_in_clause": "the place is named in the figure's own clause",
    "place_in_sentence": "the place is named earlier in the figure's sentence",
    "place_running": "the place is carried over from an earlier sentence",
    "place_from_article": "the place is the article's or the page's own",
    "place_scope_word": "no place resolves: a scope word (我省, 全市) kept as written",
    "no_place": "no place at all",
    "long_local_name_once": "a township or village name of five or more characters read once on the page",
    "village_of_several": "one village of several the sentence names or counts",
    "village_carried_from_several": "a village carried over from a sentence that named several",
    "too_large_for_village": "a figure too large for one village, put on a village not named in its clause",
    "scope_of_other_level": "the sentence has a scope word (全省, 全县, 村里) of another level than the place",
    "places_in_sentence": "several places named in the sentence (0, 1 from three on)",
    "programme_in_clause": "the programme (驻村, 第一书记) is named in the figure's clause",
    "programme_in_sentence": "the programme is named in the figure's sentence",
    "no_programme_in_paragraph": "nothing in the paragraph speaks of the stationed cadres",
    "several_numbers_in_clause": "more than one figure in the clause",
    "one_person_own": "an outcome one person (他, 她, 我 in its clause) tells of: his own herd or income, not the team's",
    "state_not_done": "stated as what there is (全村有, 仅有), not what was done, for an outcome",
    "state_not_done_money": "stated as what there is, for money or a dispatch count",
    "plan_not_done": "a plan or target (计划, 力争, 预计, 今年将), not yet done",
    "part_of_earlier": "其中…: a part of a figure given before (not money)",
    "basis_not_stated": "money whose basis is the metric's usual one, not one the text states",
    "metric_other": "a figure no metric of the vocabulary names",
    "other_kind_keywords": "keywords of another kind in the clause",
    "headline": "the figure stands in a headline",
    "chinese_small": "a small count (up to ten) written in Chinese numerals",
    "chinese_large": "a larger figure written in Chinese numerals",
    "short_km": "under a kilometre: a detail of one site",
    "no_sentence_end": "a short line with no sentence end (a title run into the date line)",
    "range": "one end of a range",
    "borrowed": "the metric is borrowed from another clause",
    "kind_funding": "a funding figure",
    "kind_outcome": "an outcome figure",
    "in_title_marks": "the figure stands inside 《…》: the title of a document or a decision, no result",
    "place_opens_organ": "a result put on a division named only as the opening of the name of an organ paired to help (某省妇联挂钩帮扶): who helps, not where",
    "place_far": "the place was last named far before the figure (0 up to 150 characters, 1 from 600)",
    "dispatch_without_programme": "a dispatch count in a sentence that never names the programme: may count something else",
    "one_household_named": "an outcome in a clause that names the one household or villager helped (帮助贫困户某某): his, not the team's",
    "too_large_for_county": "a figure too large for one county, put on a county not named in its clause (a province's total)",
    "small_sum_to_people": "money under 1,000 yuan that is no allowance of the cadres (生活补助, 工作经费): a handout to "
                           "villagers or a day's wage, rarely money the programme put in",
    "after_residue": "digits right after a mark the encoding left where it lost a character (?, �): a digit may be lost too",
}


_KNOWN = frozenset(SIGNALS)

# Doubts that send a figure to the review queue but do not choose between two statements of one figure:
# deduplicate keeps the statement whose reading (keyword, place, unit) the other signals trust most, as it
# did before these were read, so they change confidences only, never which facts are extracted.
# Below this a fact goes to the steward's review queue: dbt's var review_confidence_threshold, here for the rules
# that put a fact in the queue on purpose (a test holds the two equal)
REVIEW_BELOW = 0.6
REVIEW_SIGNALS = frozenset({"in_title_marks", "place_opens_organ", "place_far", "dispatch_without_programme",
                            "one_household_named", "too_large_for_county",
                            "small_sum_to_people", "after_residue"})


@dataclass(frozen=True)
class ConfidenceModel:
    weights: tuple[tuple[str, float], ...]
    # The weights split for `score` (one C-level pass per figure: it runs for every fact). `bias` is looked up
    # under None, a key no signals dict holds, so it always reads its default 1.0.
    _keys: tuple[str | None, ...] = field(init=False, repr=False, compare=False)
    _defaults: tuple[float, ...] = field(init=False, repr=False, compare=False)
    _values: tuple[float, ...] = field(init=False, repr=False, compare=False)
    _reading_values: tuple[float, ...] = field(init=False, repr=False, compare=False)
    # The signals in the order of the weights after the bias, when the bias comes first (the seed's order):
    # a signals dict built in that order is summed straight from its values, the same sum in the same order.
    _order: tuple[str, ...] | None = field(init=False, repr=False, compare=False)
    # When the review signals are the last of the weights (the seed's order): how many weights come before them,
    # and the weights split there (see `scores`); else None
    _reading_end: int | None = field(init=False, repr=False, compare=False)
    _head_values: tuple[float, ...] = field(init=False, repr=False, compare=False)
    _tail_values: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_keys", tuple(None if name == "bias" else name for name, _ in self.weights))
        object.__setattr__(self, "_defaults", tuple(1.0 if name == "bias" else 0.0 for name, _ in self.weights))
        object.__setattr__(self, "_values", tuple(w for _, w in self.weights))
        # the same weights with the review signals' set to nothing (a term 0.0 leaves the sum as it was)
        object.__setattr__(self, "_reading_values", tuple(0.0 if name in REVIEW_SIGNALS else w for name, w in self.weights))
        names = [name for name, _ in self.weights]
        object.__setattr__(self, "_order", tuple(names[1:]) if names[:1] == ["bias"] and "bias" not in names[1:] else None)
        end = len(names) - len(REVIEW_SIGNALS)
        tail = set(names[end:]) == REVIEW_SIGNALS and not REVIEW_SIGNALS & set(names[:end])
        object.__setattr__(self, "_reading_end", end if tail else None)
        object.__setattr__(self, "_head_values", self._values[:end] if tail else ())
        object.__setattr__(self, "_tail_values", self._values[end:] if tail else ())

    def score(self, signals: dict[str, float]) -> float:
        """The probability that a figure with these signals is right, rounded to three places."""
        return _probability(self._z(signals, self._values))

    def reading_score(self, signals: dict[str, float]) -> float:
        """The score of the figure's reading alone: `score` with the review signals (REVIEW_SIGNALS) weighing
        nothing, what deduplicate compares between two statements of one figure."""
        return _probability(self._z(signals, self._reading_values))

    def scores(self, signals: dict[str, float]) -> tuple[float, float]:
        """`score` and `reading_score` of one figure's signals at once (the fact rules want both for every figure:
        the signals' order is checked and their values read once, each sum taken in the same order as alone)."""
        if self._order is not None and tuple(signals) == self._order:
            terms = (1.0, *signals.values())
            end = self._reading_end
            if end is not None:
                # the review signals last: the reading's sum is the sum of the terms before them (their weights are
                # 0.0 there, and adding a zero leaves a sum as it is), the score's goes on from it over them in the
                # same order, float by float as one sum of all the terms would
                reading = sum(map(operator.mul, self._head_values, terms[:end]))
                return (_probability(sum(map(operator.mul, self._tail_values, terms[end:]), reading)),
                        _probability(reading))
            return (_probability(sum(map(operator.mul, self._values, terms))),
                    _probability(sum(map(operator.mul, self._reading_values, terms))))
        return self.score(signals), self.reading_score(signals)

    def _z(self, signals: dict[str, float], values: tuple[float, ...]) -> float:
        if self._order is not None and tuple(signals) == self._order:
            # every signal, in the weights' order (the fact rules write them so): 1.0 for the bias, then the values
            return sum(map(operator.mul, values, (1.0, *signals.values())))
        if not signals.keys() <= _KNOWN:
            unknown = set(signals) - _KNOWN
            raise KeyError(f"signals not described in flows/reports/confidence.py SIGNALS: {sorted(unknown)}")
        # w * value summed in the order of the weights, as written out: sum(w * (1.0 if bias else value))
        return sum(map(operator.mul, values, map(signals.get, self._keys, self._defaults)))


def _probability(z: float) -> float:
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def write_weights(weights: dict[str, float], priors: dict[str, float], path: Path = CONFIDENCE_SEED) -> None:
    """Write a fitted model to its seed, one row per signal in SIGNALS order, priors kept."""
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["signal", "weight", "prior", "meaning"])
        for name, meaning in SIGNALS.items():
            out.writerow([name, f"{weights.get(name, 0.0):.3f}", f"{priors.get(name, 0.0):.2f}", meaning])


def load_priors(path: Path = CONFIDENCE_SEED) -> dict[str, float]:
    """The hand-written prior of every signal (0 where the seed leaves it empty)."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        return {row["signal"].strip(): float(row.get("prior") or 0.0) for row in csv.DictReader(handle)}


@lru_cache(maxsize=4)
def load_confidence_model(path: Path = CONFIDENCE_SEED) -> ConfidenceModel:
    weights: dict[str, float] = {}
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            name = (row.get("signal") or "").strip()
            if name not in SIGNALS:
                raise ValueError(f"{path}, line {reader.line_num}: unknown signal {name!r}: the signals are named in "
                                 f"flows/reports/confidence.py SIGNALS (refit with bench/fit_confidence.py --write)")
            try:
                weights[name] = float(row["weight"])
            except (TypeError, ValueError):
                raise ValueError(f"{path}, line {reader.line_num}: signal {name}: weight {row.get('weight')!r} "
                                 f"is not a number") from None
    missing = set(SIGNALS) - set(weights)
    if missing:
        raise ValueError(f"{path}: no weight for {sorted(missing)}: refit with bench/fit_confidence.py --write")
    return ConfidenceModel(tuple(weights.items()))
