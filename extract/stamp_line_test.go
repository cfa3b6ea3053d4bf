package extract

import "testing"

// A web page's posting stamp under its headline ("30 de marzo 2023 - 16:42")
// dates no meeting, while the meetings the story dates itself stay.
func TestLineStampNotMeeting(t *testing.T) {
	cases := []meetingDayCase{
		// https://tvn-2.com/mundo/jefe-diplomacia-rusa-presidira-reunion-serguei-lavrov-consejo-seguridad-onu_1_2044222.html
		{"Jefe de la diplomacia rusa presidirá reunión del Consejo de Seguridad de la ONU\n\nONU\n\nLavrov a Blinken: Países occidentales están queriendo provocar un conflicto en Ucrania\nEl jefe de la diplomacia rusa, Serguéi Lavrov / Foto/AFP\nAFP\n30 de marzo 2023 - 16:42\n\nMoscú, Rusia/El jefe de la diplomacia rusa, Serguéi Lavrov, presidirá en abril una reunión del Consejo de Seguridad de la ONU en Nueva York, durante la cual Rusia tendrá la presidencia rotatoria del órgano ejecutivo de las Naciones Unidas.\n\nAñadió que Lavrov tenía previsto presidir una sesión de debate sobre Medio Oriente el 25 de abril.",
			[]string{"2023-04-25"}, []string{"2023-03-30"}},
		// https://tvn-2.com/mundo/jefe-diplomacia-rusa-presidira-reunion-serguei-lavrov-consejo-seguridad-onu_1_2044222.html
		// (the headline and its stamp alone)
		{"Jefe de la diplomacia rusa presidirá reunión del Consejo de Seguridad de la ONU\n\nONU\n\nLavrov a Blinken: Países occidentales están queriendo provocar un conflicto en Ucrania\nEl jefe de la diplomacia rusa, Serguéi Lavrov / Foto/AFP\nAFP\n30 de marzo 2023 - 16:42\n\nMoscú, Rusia/El jefe de la diplomacia rusa, Serguéi Lavrov, presidirá en abril una reunión del Consejo de Seguridad de la ONU en Nueva York.",
			nil, []string{"2023-03-30"}},
	}
	// MAP Express writes "à" between the date and the time; the consultative meeting
	// it reports was the day before (mapexpress.ma, 15 October 2022; testdata/dev2/fr_159)
	cases = append(cases, meetingDayCase{" date 2022-10 Réunion annuelle consultative entre le CPS de l’UA et le CS de l’ONU : la responsabilité du CS de l’ONU dans le maintien de la paix et la sécurité internationales réitérée\n\nsamedi, 15 octobre, 2022 à 15:43\n\nAddis-Abeba – Les membres du Conseil de Sécurité (CS) de l’ONU et du Conseil de Paix et de Sécurité (CPS) de l’Union africaine (UA) ont souligné la responsabilité du Conseil de Sécurité.",
		nil, []string{"2022-10-15"}})
	checkMeetingDays(t, cases, "the page's stamp")
}
