package extract

import "testing"

// The General Assembly's high-level week named without the Assembly in its
// sentence (trigger kind assembly-week) makes the day in that sentence the
// Assembly's meeting, not the Security Council's, the organ of a story that
// names none; and the phrase lists no organization.
func TestAssemblyWeekOrgan(t *testing.T) {
	// http://www.belta.by/amp/world/view/v-njju-jorke-otkrylas-77-ja-sessija-genassamblei-oon-523528-2022/ (BelTA, 13 September 2022)
	const text = "13 сентября 2022 года. Уже известно, что неделя высокого уровня, в которой участвуют главы государств, правительств и министры иностранных дел разных стран пройдет 20-26 сентября.\n"
	f := extractString(t, text)
	held := relationsOf(f, PredHeldBy)
	if !held["meeting:UNGA:2022-09-20 org:UNGA"] || held["meeting:UNSC:2022-09-20 org:UNSC"] {
		t.Fatalf("heldBy %v, want the Assembly's meeting of 20 September 2022", held)
	}
	if orgs := entityIDs(f, TypeOrganization); orgs["org:UNGA"] {
		t.Errorf("organizations %v: the week's name lists no organization", orgs)
	}
	// https://tass.ru/mezhdunarodnaya-panorama/25099249 (TASS, 18 September 2025): the Council named in
	// the sentence keeps its meeting held on the week's first day
	const council = "18 сентября 2025 года. Совет Безопасности (СБ) ООН проведет 23 сентября в первый день недели высокого уровня 80-й сессии Генассамблеи заседания по ситуации в секторе Газа и по конфликту на Украине.\n"
	held = relationsOf(extractString(t, council), PredHeldBy)
	if !held["meeting:UNSC:2025-09-23 org:UNSC"] || held["meeting:UNGA:2025-09-23 org:UNGA"] {
		t.Errorf("heldBy %v, want the Council's meeting of 23 September 2025", held)
	}
}
