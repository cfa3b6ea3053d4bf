package extract

// officerPresidedBy(M, C, O) is presidedBy(M, C) for a meeting of the organ
// whose name capture O took only: the country of the President of the
// General Assembly, of the Economic and Social Council or of the Human Rights
// Council, named with his title ("General Assembly President Theo-Ben
// Gurirab (Namibia)", presidency-officer/title-name-country,
// all-presidency.tsv), presides over that organ's meeting and no other.
// "Dennis Francis (Trinidad and Tobago), President of the General Assembly",
// briefing a Security Council debate, gives the Council's meeting nothing (as
// an officer's person line gives another organ's meeting nothing:
// presidency_officer.go).

// capturedOrgan is the organ (UNGA, ECOSOC, HRC ...) of the first entity
// token capture name took in m, else "".
func (d *doc) capturedOrgan(m *match, name string) string {
	for _, t := range m.tokensOf(name) {
		if tk := d.toks[t]; tk.kind == tkEntity && tk.m.class == clsOrg {
			return tk.m.key
		}
	}
	return ""
}
