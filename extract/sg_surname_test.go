package extract

import (
	"slices"
	"testing"
)

// The surname of the person a document sets beside the Secretary-General's
// title is the Secretary-General wherever it stands alone; a surname the
// document never ties to the title is no one's. Passages from real pages
// (their addresses beside each).
func TestSGSurname(t *testing.T) {
	checkSGMentions(t, []sgMentionCase{
		{
			// https://diariorepublica.com/cms/mundo/nuevo-secretario-general-de-la-onu-presenta-su-doctrina-ante-el-consejo-de-seguridad
			name: "es, the surname after the title and the full name",
			text: "El nuevo secretario general de la ONU, Antonio Guterres, devela este martes en su primer discurso ante el Consejo de Seguridad su intención de revitalizar la organización.\nGuterres hablará ante un Consejo de Seguridad profundamente dividido.",
			want: []string{"secretario general de la ONU", "Guterres"},
		},
		{
			// https://censor.net/ru/news/3337563/sovet_bezopasnosti_oon_zaslujil_razocharovanie_ego_rabotoyi_guterrish
			name: "ru, the surname and its case forms",
			text: "Генеральный секретарь ООН Антониу Гутерриш заявил, что Совбез не сделал того, что был должен.\n\nГутерриш признал, что Совет безопасности заслужил разочарование его работой.\n\nПо словам Гутерриша, слов о солидарности недостаточно.",
			want: []string{"Генеральный секретарь ООН", "Гутерриш", "Гутерриша"},
		},
		{
			// https://manartv.com.lb/4321286
			name: "ar, the surname after a clitic",
			text: "حذر الأمين العام للأمم المتحدة أنطونيو غوتيريش من تفاقم الأزمات في العالم.\n\nوقال غوتيريش في الجلسة الافتتاحية للدورة الـ73 للجمعية العامة للأمم المتحدة في نيويورك، اليوم الثلاثاء.",
			want: []string{"الأمين العام للأمم المتحدة", "غوتيريش"},
		},
		{
			// https://boron.orientaldaily.com.my/news/international/2018/09/26/261238
			name: "zh, the gazetteer's surname after the title",
			text: "联合国秘书长古特雷斯致词时警告与会领袖,世界秩序“日形混乱”。古特雷斯呼吁各国再度承诺遵守以规则为基础的秩序。",
			want: []string{"联合国秘书长", "古特雷斯"},
		},
		{
			// https://lahora.gt/internacionales/agencia-ap/2021/06/08/consejo-de-seguridad-respalda-reeleccion-de-guterres
			name: "es, the lower-case title beside the name, with no full title in the document",
			text: "El Consejo de Seguridad de la ONU le dio su respaldo unánime al secretario general António Guterres para un segundo mandato, garantizando con ello su reelección por la Asamblea General, muy probablemente el 18 de junio.\n“Él ha demostrado ser merecedor del puesto en los cinco años que lo ha ocupado”, dijo el embajador de Estonia Sven Jurgenson, presidente actual del consejo, tras leerle el comunicado a la prensa. “Él ha sido un excelente secretario general.\nGuterres dijo que la decisión del Consejo es un “gran honor”.",
			want: []string{"secretario general", "secretario general", "Guterres"},
		},
		{
			// https://elcirculorojo.com.mx/archivos/no-nos-ataquen-ni-a-nosotros-ni-a-israel-advierte-eu-a-iran/
			name: "es, a surname never tied to the title",
			text: "Guterres aseguró al Consejo que condenaba enérgicamente el ataque de Irán contra Israel. Más temprano el miércoles, el Ministro de Asuntos Exteriores de Israel dijo que estaba prohibiendo a Guterres ingresar al país.",
			want: nil,
		},
	})
}

// sgMentionCase is a passage and the texts of the org:UNSG mentions it must give.
type sgMentionCase struct {
	name, text string
	want       []string
}

// checkSGMentions extracts each passage and compares its org:UNSG mentions.
func checkSGMentions(t *testing.T, cases []sgMentionCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := extractString(t, c.text)
			var got []string
			for _, e := range f.Entities {
				if e.ID == "org:UNSG" {
					for _, m := range e.Mentions {
						got = append(got, m.Text)
					}
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("UNSG mentions %q, want %q", got, c.want)
			}
		})
	}
}

// A surname's mention names the reader that made it, so that explain and the
// graph's evidence say why "Guterres" alone is the Secretary-General.
func TestSGSurnameMentionNamesItsRule(t *testing.T) {
	// https://diariorepublica.com/cms/mundo/nuevo-secretario-general-de-la-onu-presenta-su-doctrina-ante-el-consejo-de-seguridad
	text := "El nuevo secretario general de la ONU, Antonio Guterres, devela este martes en su primer discurso ante el Consejo de Seguridad su intención de revitalizar la organización.\nGuterres hablará ante un Consejo de Seguridad profundamente dividido."
	f := extractString(t, text)
	rules := map[string]string{}
	for _, e := range f.Entities {
		if e.ID != "org:UNSG" {
			continue
		}
		for _, m := range e.Mentions {
			rules[text[m.Start:m.End]] = m.Rule
		}
	}
	if got := rules["Guterres"]; got != "resolver/sg-surname" {
		t.Errorf(`"Guterres" alone: rule %q, want resolver/sg-surname (mentions %v)`, got, rules)
	}
	if got := rules["secretario general de la ONU"]; got == "resolver/sg-surname" {
		t.Errorf("the title itself is the gazetteer's, not the surname reader's")
	}
}
