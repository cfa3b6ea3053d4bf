package extract

import "strings"

// addresseeTitle says whether trigger hit h is a presidency phrase that a
// letter's addressee phrase stands right before: "addressed to the President
// of the Security Council", "dirigida al Presidente del Consejo de Seguridad",
// "adressée au Président du Conseil de sécurité". That title names whom a
// letter is addressed to; the country after it ("by the Permanent
// Representative of Cuba") is the sender, not the presidency. prev are the
// trigger tokens before h, in text order.
func (d *doc) addresseeTitle(prev []token, h hit) bool {
	if h.m.key != "presidency-after" {
		return false
	}
	for i := len(prev) - 1; i >= 0 && i >= len(prev)-3; i-- {
		p := prev[i]
		if p.m.key == "addressed-to" && p.end <= h.start && h.start-p.end <= 3 && strings.TrimSpace(d.t.s[p.end:h.start]) == "" {
			return true
		}
	}
	return false
}
