package extract

import "testing"

// A meeting named plainly first and then inside a recall clause is recalled:
// the recall pattern's references(D) outranks the default describes of the
// plain mention (refs_pattern_mention.go). Without the recall clause, the
// plain mention stays described.
func TestPatternRecallOutranksDefault(t *testing.T) {
	// https://press.un.org/fr/content/security-council?page=22 (CS/15832: the Council's
	// open debate of 25 September 2024 on leadership for peace)
	const head = "Communiqué de presse\n\n1er octobre 2024\n\nÀ la suite du débat public du 25 septembre 2024 sur le thème « Leadership pour la paix », le Conseil de sécurité a publié une déclaration de son président.\n\n"
	recall := head + "Le Conseil de sécurité rappelle le débat public qu’il a tenu le 25 septembre 2024 sur le thème « Leadership pour la paix : unis dans le respect de la Charte des Nations Unies ».\n"
	plain := head + "Le Conseil de sécurité réaffirme son attachement à la Charte des Nations Unies.\n"
	const m = "meeting:UNSC:2024-09-25"
	f := extractString(t, recall)
	if !hasRelation(f, f.Doc.ID, PredReferences, m) || hasRelation(f, f.Doc.ID, PredDescribes, m) {
		t.Errorf("recall clause: want references %s only", m)
	}
	f = extractString(t, plain)
	if !hasRelation(f, f.Doc.ID, PredDescribes, m) || hasRelation(f, f.Doc.ID, PredReferences, m) {
		t.Errorf("no recall clause: want describes %s only", m)
	}
}
