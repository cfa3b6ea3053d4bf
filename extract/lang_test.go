package extract

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// A seventh language is data only: its profile, stopwords, triggers, month
// names and gazetteer, added through a rules folder (--rules DIR), make
// Portuguese UN News text read as the six languages are: language told,
// names, Member States in Portuguese (CLDR), the meeting and who took part.
func TestSeventhLanguageIsData(t *testing.T) {
	months := []string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}
	var month strings.Builder
	for i, m := range months {
		month.WriteString(itoa(i+1) + "\t" + m + "\n")
	}
	var trigger strings.Builder
	for _, w := range strings.Fields("o a os as de da do das dos em no na que para com uma um se por e") {
		trigger.WriteString("stopword\t" + w + "\n")
	}
	trigger.WriteString("meeting\treunião*\nmeeting\trealizou\ncouncil\to conselho\ndate-filler\tde\n" +
		"attendance-after\tcom a participação da\nattendance-after\tcom a participação de\n")
	x := builtinWith(t, fstest.MapFS{
		"lang/pt.tsv":    {Data: []byte("order\t7\nscript\tLatin\ndistr\tDistr\nnumeric-date\t/\n")},
		"trigger/pt.tsv": {Data: []byte(trigger.String())},
		"month/pt.tsv":   {Data: []byte(month.String())},
		"org/pt.tsv":     {Data: []byte("UNSC\tConselho de Segurança\nAU\tUnião Africana\n")},
	}, "pt-rules")
	text := "O Conselho de Segurança realizou em 16 de abril de 2008 uma reunião de alto nível sobre a paz e a segurança na África, " +
		"com a participação da União Africana. O presidente da África do Sul dirigiu a reunião."
	f, err := x.Document("pt.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if f.Doc.Lang != "pt" {
		t.Errorf("language %q, want pt", f.Doc.Lang)
	}
	var ids []string
	for _, e := range f.Entities {
		ids = append(ids, e.ID)
	}
	for _, want := range []string{"org:UNSC", "org:AU", "country:ZAF", "meeting:UNSC:2008-04-16"} {
		if !slices.Contains(ids, want) {
			t.Errorf("%s not found in %v", want, ids)
		}
	}
	if !relationsOf(f, "attended")["org:AU meeting:UNSC:2008-04-16"] {
		t.Errorf("AU attended the meeting: relations %v", f.Relations)
	}
	// The six languages read as before: a Spanish text is still Spanish.
	if es, _ := x.Document("es.txt", []byte("El Consejo de Seguridad celebró el 28 de marzo de 2007 una reunión con la Unión Africana.")); es.Doc.Lang != "es" {
		t.Errorf("Spanish read as %q", es.Doc.Lang)
	}
}
