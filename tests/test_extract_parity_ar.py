"""Arabic lexicon parity: concepts that English and French copy could express and Arabic could
not, each tested on sentences written for it (different inflection, actor, place, tense)."""
from __future__ import annotations

import pytest

from tests.extract_helpers import one


def names(ev):
    return [l["name"] for l in ev["locations"]]


# "طائراته قصفت" (its aircraft struck): the name of the Qasef drone, read by its forms, was the
# verb "قصف"; with no typed means named, a state's own aircraft make an air strike
@pytest.mark.parametrize("text", [
    "قال الجيش الإسرائيلي إن طائراته قصفت أهدافا لحزب الله في بلدة الخيام أمس.",
    "قالت وزارة الدفاع التركية إن طائراتها قصفت مواقع لحزب العمال الكردستاني في منطقة قنديل يوم الاثنين.",
])
def test_own_aircraft_then_strike_verb_is_no_qasef_drone(text):
    ev = one(text, lang="ar")
    assert ev["platforms"] == [] and ev["operation"] == "airstrike", ev


# a weapon noun with a possessive pronoun ("صواريخها", "مسيراته"): the means by its stem
@pytest.mark.parametrize("text, op", [
    ("أعلنت القوات المسلحة اليمنية أن صواريخها استهدفت سفينة في البحر الأحمر أمس.", "missile_strike"),
    ("قالت القوات المسلحة الإيرانية إن صواريخها ضربت قاعدة عين الأسد يوم الاثنين.", "missile_strike"),
    ("قال الجيش الأوكراني إن مسيراته ضربت مصفاة نفط في منطقة بيلغورود أمس.", "drone_strike"),
])
def test_possessed_weapon_nouns(text, op):
    assert one(text, lang="ar")["operation"] == op


# suicide drones, loitering munitions: drone strikes
@pytest.mark.parametrize("text", [
    "أعلنت القوات المسلحة الأوكرانية أن طائرات انتحارية ضربت مستودعا للذخيرة في منطقة كورسك أمس.",
    "قال الجيش الروسي إن ذخائر متسكعة دمرت مدفعا أوكرانيا قرب أفدييفكا أمس.",
])
def test_suicide_drones_and_loitering_munitions(text):
    assert one(text, lang="ar")["operation"] == "drone_strike"


# guns and howitzers ("المدافع", "مدافع الهاوتزر"): artillery
@pytest.mark.parametrize("text", [
    "قالت وزارة الدفاع الروسية إن المدافع الروسية قصفت مواقع أوكرانية قرب باخموت أمس.",
    "قالت هيئة الأركان العامة الأوكرانية إن مدافع الهاوتزر قصفت مواقع روسية قرب باخموت أمس.",
])
def test_guns_and_howitzers_are_artillery(text):
    assert one(text, lang="ar")["operation"] == "artillery"


# "لقوا حتفهم" (met their death), "أودت بحياة" (claimed the lives of): killed
@pytest.mark.parametrize("text, killed", [
    ("قال الجيش الإسرائيلي إن 7 مسلحين لقوا حتفهم في غارة على مخيم جباليا أمس.", 7),
    ("أعلن الجيش الأمريكي أن غارة جوية أودت بحياة 4 من عناصر حركة الشباب قرب كيسمايو أمس.", 4),
])
def test_death_periphrases(text, killed):
    assert one(text, lang="ar")["killed"] == killed


# "ما يربو على", "ما يناهز", "أزيد من" (upwards of, nearly, more than): a bound, no count
@pytest.mark.parametrize("text", [
    "قال الجيش الإسرائيلي إن طائراته قصفت ما يربو على 40 هدفا لحماس في غزة أمس.",
    "قال الجيش الإسرائيلي إن طائراته قصفت ما يناهز 50 هدفا لحزب الله في جنوب لبنان أمس.",
    "قالت وزارة الدفاع الروسية إن طائراتها قصفت أزيد من 20 موقعا للمسلحين في سوريا أمس.",
])
def test_bounds_before_the_number(text):
    assert one(text, lang="ar")["targets"] is None


# "20 غارة على الأقل", "15 ضربة أو أكثر": the bound after the counted noun
@pytest.mark.parametrize("text, field", [
    ("قالت وزارة الدفاع الروسية إن الطائرات الحربية الروسية شنت 20 غارة على الأقل على مواقع المسلحين "
     "في ريف إدلب يوم الاثنين.", "strikes"),
    ("أعلن الجيش الإسرائيلي أن طائراته نفذت 15 ضربة أو أكثر على أهداف لحزب الله في جنوب لبنان أمس.", "strikes"),
    ("قال الجيش الأمريكي إن غارة أسفرت عن مقتل 8 مسلحين على أقل تقدير في الصومال أمس.", "killed"),
])
def test_bounds_after_the_counted_noun(text, field):
    assert one(text, lang="ar")[field] is None


# "فجرا", "عند الفجر" (at dawn): a part of the announcement day
@pytest.mark.parametrize("text", [
    "قالت وزارة الدفاع الروسية إن طائرات روسية قصفت فجرا مواقع المسلحين في إدلب.",
    "قالت وزارة الدفاع الروسية إن طائرات روسية قصفت عند الفجر مواقع المسلحين في إدلب.",
])
def test_at_dawn_is_the_announcement_day(text):
    ev = one(text, lang="ar")
    assert (ev["period_start"], ev["event_date"]) == ("2024-05-14", "2024-05-14")


# "طوال الليل", "طيلة الليل" (all night long): overnight
@pytest.mark.parametrize("text", [
    "قال الجيش الإسرائيلي إن طائراته قصفت طوال الليل أهدافا لحزب الله في بلدة الخيام.",
    "قال الجيش الإسرائيلي إن مقاتلاته قصفت طيلة الليل أهدافا لحماس في رفح.",
])
def test_all_night_is_overnight(text):
    ev = one(text, lang="ar")
    assert (ev["period_start"], ev["event_date"]) == ("2024-05-13", "2024-05-14")


# "على مدى 3 أيام", "على مدار خمسة أيام" (over N days): a span back from the announcement
@pytest.mark.parametrize("text, start", [
    ("قالت وزارة الدفاع التركية إن طائراتها قصفت على مدى 3 أيام مواقع حزب العمال الكردستاني في منطقة قنديل.",
     "2024-05-11"),
    ("قالت وزارة الدفاع التركية إن طائراتها قصفت على مدار خمسة أيام مواقع حزب العمال الكردستاني في منطقة قنديل.",
     "2024-05-09"),
])
def test_over_n_days(text, start):
    ev = one(text, lang="ar")
    assert (ev["period_start"], ev["event_date"]) == (start, "2024-05-14")


# "على مشارف", "وسط" (on the outskirts of, in the centre of): the place struck
@pytest.mark.parametrize("text, place", [
    ("قالت وزارة الدفاع الروسية إن الطيران الروسي قصف مواقع المسلحين على مشارف إدلب أمس.", "Idlib"),
    ("أغارت طائرات إسرائيلية على مبنى وسط خان يونس أمس، بحسب الجيش الإسرائيلي.", "Khan Yunis"),
])
def test_outskirts_and_centre_prepositions(text, place):
    assert place in names(one(text, lang="ar"))

