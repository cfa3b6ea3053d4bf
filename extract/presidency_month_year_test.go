package extract

import "testing"

// A month printed with another year than the meeting's names another
// presidency: the Spanish ministry's Council notes recall "el Examen de Alto
// Nivel ..., celebrado en octubre de 2015 bajo presidencia española" in a note
// on the debate of 25 October 2016 under the Russian presidency.
func TestPresidencyMonthOtherYear(t *testing.T) {
	got := presidencies(t, "note.txt", "Madrid, 4 de noviembre de 2016\n\nEl 25 de octubre de 2016 el Consejo de Seguridad celebró un debate abierto bajo presidencia rusa. En él se evaluaron los compromisos anunciados durante el Examen de Alto Nivel, celebrado en octubre de 2015 bajo presidencia española.\n")
	if !got["2016-10-25 RUS"] || got["2016-10-25 ESP"] {
		t.Errorf("presidencies %v, want only 2016-10-25 RUS", got)
	}
	// The month of the meeting's own year keeps the presidency said for it.
	got = presidencies(t, "note2.txt", "Madrid, 4 de noviembre de 2016\n\nEl 25 de octubre de 2016 el Consejo de Seguridad celebró un debate abierto. En octubre de 2016, bajo presidencia rusa, el Consejo examinó la aplicación de la resolución 1325.\n")
	if !got["2016-10-25 RUS"] {
		t.Errorf("presidencies %v, want 2016-10-25 RUS", got)
	}
}
