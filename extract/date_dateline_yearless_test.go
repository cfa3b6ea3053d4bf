package extract

import "testing"

// A dateline without its year, in a page that prints no date of its own,
// takes the year that puts it nearest the day the opening prints with its
// year (and, when its sentence names a weekday, that weekday's year); the days
// written without a year after it follow it.
func TestYearlessDatelineNearestPrintedDay(t *testing.T) {
	// https://radiohc.cu/noticias/internacionales/343469-consejo-de-seguridad-de-onu-con-cinco-nuevos-miembros-no-permanentes
	text := "Consejo de Seguridad\nNaciones Unidas, 2 ene (RHC) Cinco nuevos miembros no permanentes iniciaron este martes su trabajo en el Consejo de Seguridad de la Organización de Naciones Unidas (ONU): Argelia, Guyana, República de Corea, Sierra Leona y Eslovenia.\n" +
		"Los nuevos integrantes ocuparán los escaños que anteriormente fueron de Albania, Brasil, Gabón, Ghana y los Emiratos Árabes Unidos, cuyo mandato de dos años finalizó el 31 de diciembre de 2023.\n" +
		"Como parte de la agenda del órgano, el venidero 23 de enero la herradura acogerá un debate abierto trimestral sobre la situación en Oriente Medio presidido por el ministro de Asuntos Exteriores de Francia.\n"
	f := extractString(t, text)
	if f.Doc.Date != "2024-01-02" {
		t.Errorf("date %q, want 2024-01-02", f.Doc.Date)
	}
	ids := entityIDs(f, TypeMeeting)
	if !ids["meeting:UNSC:2024-01-23"] || ids["meeting:UNSC:2023-01-23"] {
		t.Errorf("meetings %v, want 2024-01-23", ids)
	}
	// Xinhua (tchadinfos.com, 1 December 2014): the nearest year would be
	// 2013, a Sunday; "a entamé lundi" makes it 2014.
	text = "NEW YORK (Nations Unies), 1e décembre (Xinhua) — Le Tchad a entamé lundi sa présidence tournante du Conseil de sécurité de l’ONU pour le mois de décembre.\n\n" +
		"Membre non permanent de l’organe le plus puissant du système des Nations Unies, le Tchad a entamé le 1er janvier 2014 son mandat de deux ans au Conseil de sécurité composé de 15 membres.\n"
	if f = extractString(t, text); f.Doc.Date != "2014-12-01" {
		t.Errorf("date %q, want 2014-12-01", f.Doc.Date)
	}
	// Press release SG/2083 (28 July 2003), as a page without its header: the
	// first full date is a meeting announced for the next day, the dateline
	// the day before it.
	text = "NEW YORK, 28 July (UN Headquarters) -- Secretary-General Kofi Annan will host the Fifth High-Level Meeting between the United Nations and Regional Organizations at United Nations Headquarters on 29 and 30 July 2003.\n"
	if f = extractString(t, text); f.Doc.Date != "2003-07-28" {
		t.Errorf("date %q, want 2003-07-28", f.Doc.Date)
	}
}
