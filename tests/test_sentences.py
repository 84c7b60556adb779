from conflictlens.nlp.sentences import split_sentences


def test_offsets_point_back_into_the_text():
    text = "KABUL, Aug 3 (Wire) - Gunmen attacked a bus. Gen. Rahimi said \"four died.\"\n\nA new paragraph."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "KABUL, Aug 3 (Wire) - Gunmen attacked a bus.", 'Gen. Rahimi said "four died."', "A new paragraph."]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_abbreviations_do_not_end_a_sentence():
    assert len(split_sentences("The U.N. envoy met Lt. Col. Haddad in St. Louis on Monday.")) == 1
