package extract

import "testing"

// A meeting dated after the document is announced, not recalled, even after
// a recall verb in a resolution; an earlier one stays recalled.
func TestFutureMeetingNotRecalled(t *testing.T) {
	for _, c := range []struct {
		name, text       string
		describes, refs  []string
		notDesc, notRefs []string
	}{
		{
			// https://www.girlsrightsplatform.org/fr/entity/9ymyigqfokq (A/RES/54/254 of
			// 23 March 2000): the Summit of 6 September 2000 is still to come.
			name:      "resolution deciding on a summit",
			text:      "A NATIONS UNIES Assemblée générale Distr GÉNÉRALE A/RES/54/254 23 mars 2000 Cinquante-quatrième session Point 49, b, de l’ordre du jour RÉSOLUTION ADOPTÉE PAR L’ASSEMBLÉE GÉNÉRALE [sans renvoi à une grande commission (A/54/L.81/Rev.1)] 54/254. Le Sommet du millénaire L’Assemblée générale, Rappelant sa résolution 53/202 du 17 décembre 1998, par laquelle elle a notamment décidé d’appeler sa cinquante-cinquième session «Assemblée du millénaire» et de convoquer un sommet du millénaire, qui ferait partie intégrante de l’Assemblée du millénaire, Rappelant également sa résolution 53/239 du 8 juin 1999, par laquelle elle a notamment décidé que le Sommet du millénaire commencerait le 6 septembre 2000, Réaffirmant que l’an 2000 offre une occasion unique, d’un symbolisme irrésistible pour formuler et affirmer une vision qui inspire l’action des Nations Unies dans l’ère nouvelle qui commence,",
			describes: []string{"meeting:UNGA:2000-09-06"},
			notRefs:   []string{"meeting:UNGA:2000-09-06"},
		},
		{
			// https://unis.unvienna.org/unis/en/pressrels/2001/sc7024.html (SC/7024): the
			// Summit of 7 September 2000, six months before, is recalled.
			name:      "press release recalling a summit",
			text:      "8 March 2001\n\n\nNEW YORK, 7 March (UN Headquarters) -- The Security Council met in a day-long session today to review the commitments made at its Summit last September to strengthen the ability of the United Nations to address challenges to peace and security.\n\nThe Summit, held on 7 September 2000 and addressed by 14 heads of State or government and one foreign minister, produced a declaration committing the Council to a number of principles, including: to treat all regions of the world equally and give special attention to Africa.",
			describes: []string{"meeting:UNSC:2001-03-07"},
			refs:      []string{"meeting:UNSC:2000-09-07"},
			notDesc:   []string{"meeting:UNSC:2000-09-07"},
		},
	} {
		f := extractString(t, c.text)
		id := f.Doc.ID
		for _, m := range c.describes {
			if !hasRelation(f, id, PredDescribes, m) {
				t.Errorf("%s: no describes %s", c.name, m)
			}
		}
		for _, m := range c.refs {
			if !hasRelation(f, id, PredReferences, m) {
				t.Errorf("%s: no references %s", c.name, m)
			}
		}
		for _, m := range c.notDesc {
			if hasRelation(f, id, PredDescribes, m) {
				t.Errorf("%s: describes %s", c.name, m)
			}
		}
		for _, m := range c.notRefs {
			if hasRelation(f, id, PredReferences, m) {
				t.Errorf("%s: references %s", c.name, m)
			}
		}
	}
}
