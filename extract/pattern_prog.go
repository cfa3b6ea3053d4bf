package extract

import (
	"fmt"

	"github.com/unkg/unkg/rules"
)

// A pattern compiled to a flat program (as regexp/syntax's Prog), run by a
// backtracking loop over an explicit stack: no closure, no allocation per
// attempt. The program explores the alternatives in the order the MATCH
// expression gives them (greedy repetitions, alternatives left to right,
// an element's candidate tokens nearest first), so the first match found
// from an anchor is the same as a recursive matcher's.

type opcode uint8

const (
	opElem     opcode = iota // take a token for n, as the gap allows; each later candidate is a choice
	opGap                    // widen the gap before the next element; n.Kids[0] must not be stepped over
	opNot                    // the next element's token must not match n.Kids[0]
	opNotNext                // fail when a token matching n.Kids[0] follows the last one taken with no word between
	opNotAfter               // the next element's token must not come right after a token matching n.Kids[0]
	opSplit                  // go on at x; on backtracking, at y
	opJmp                    // go on at x
	opCapStart               // slot: the last token consumed before a captured group
	opCapEnd                 // capture every token after slot's, but clause breaks, under name
	opRepIn                  // slot: the last token before a repetition's turn; its first element takes the nearest token
	opRepChk                 // fail a turn of a repetition that consumed nothing
	opMatch                  // a match, when it consumed a token
)

type inst struct {
	op   opcode
	n    *rules.Node
	e    *elemTest // opElem: the element; opGap: the one it must not step over; opNot: the one excluded
	x, y int32
	slot int32
	gap  int32 // opGap: n.Gap, read without a load of the node
	name string
}

// elemTest is an element ready to test tokens against: its kind as a
// number, its class and id as the tokens hold them.
type elemTest struct {
	n      *rules.Node
	kind   elemKind
	actor  bool  // {actor}: any entity class
	cls    class // an entity's class
	class  string
	id     string
	strict bool
	tok    tokKind // the only kind of token it can take, else anyTokKind
	// kid: a trigger's or literal's class as the tokens' kid has it
	// (pattern_trigger_ids.go)
	kid   uint16
	anyOf []*elemTest
	// capture is n.Capture, which take reads without a load of the node
	capture string
}

// anyTokKind is the tok of an element that tokens of several kinds may
// meet ({organ}: a dated organ's entity or "the Council").
const anyTokKind tokKind = 255

var elemTokKinds = [...]tokKind{
	elemBreak: tkBreak, elemStart: tkBreak, elemEntity: tkEntity, elemOrgan: anyTokKind, elemDate: tkDate,
	elemDateline: tkDate, elemSymbol: tkSymbol, elemMonth: tkMonth, elemTrigger: tkTrigger, elemLiteral: tkTrigger,
}

type elemKind uint8

const (
	elemBreak elemKind = iota
	elemStart
	elemEntity
	elemOrgan
	elemDate
	elemDateline
	elemSymbol
	elemMonth
	elemTrigger
	elemLiteral
	elemAnyOf // a gap's exclusion of several elements: any of anyOf
)

var elemKinds = map[string]elemKind{
	rules.ElemBreak: elemBreak, rules.ElemStart: elemStart, rules.ElemEntity: elemEntity, rules.ElemOrgan: elemOrgan,
	rules.ElemDate: elemDate, rules.ElemDateline: elemDateline, rules.ElemSymbol: elemSymbol, rules.ElemMonth: elemMonth,
	rules.ElemTrigger: elemTrigger, rules.ElemLiteral: elemLiteral,
}

var entityClasses = map[string]class{"org": clsOrg, "country": clsCountry, "person": clsPerson}

func compileElem(n *rules.Node) (*elemTest, error) {
	kind, ok := elemKinds[n.Kind]
	if !ok {
		return nil, fmt.Errorf("element kind %q", n.Kind)
	}
	e := &elemTest{n: n, kind: kind, class: n.Class, id: n.ID, strict: n.Strict, tok: elemTokKinds[kind], capture: n.Capture}
	switch kind {
	case elemEntity:
		e.actor = n.Class == "actor"
		if e.cls, ok = entityClasses[n.Class]; !ok && !e.actor {
			return nil, fmt.Errorf("entity class %q", n.Class)
		}
	case elemLiteral:
		e.class = "lit:" + n.Class // the key the matcher gives a literal's tokens
	}
	return e, nil
}

// program is one pattern's compiled form.
type program struct {
	insts []inst
	slots int
}

// compileProgram compiles a MATCH expression.
func compileProgram(root *rules.Node) (*program, error) {
	p := &program{}
	if err := p.emit(root); err != nil {
		return nil, err
	}
	p.add(inst{op: opMatch})
	return p, nil
}

func (p *program) add(in inst) int32 {
	p.insts = append(p.insts, in)
	return int32(len(p.insts) - 1)
}

func (p *program) slot() int32 {
	p.slots++
	return int32(p.slots - 1)
}

// captured emits body between a capture's start and end under name.
func (p *program) captured(name string, body func() error) error {
	if name == "" {
		return body()
	}
	s := p.slot()
	p.add(inst{op: opCapStart, slot: s})
	if err := body(); err != nil {
		return err
	}
	p.add(inst{op: opCapEnd, slot: s, name: name})
	return nil
}

func (p *program) emit(n *rules.Node) error {
	switch n.Op {
	case rules.OpElem:
		e, err := compileElem(n)
		if err != nil {
			return err
		}
		p.add(inst{op: opElem, n: n, e: e})
	case rules.OpGap:
		in := inst{op: opGap, n: n, gap: int32(n.Gap)}
		if len(n.Kids) > 0 {
			e, err := compileElem(n.Kids[0])
			if err != nil {
				return err
			}
			if len(n.Kids) > 1 { // "~!(<meeting> | <adoption>)": any of them
				e = &elemTest{n: n, kind: elemAnyOf, tok: anyTokKind}
				for _, k := range n.Kids {
					a, err := compileElem(k)
					if err != nil {
						return err
					}
					e.anyOf = append(e.anyOf, a)
				}
			}
			in.e = e
		}
		p.add(in)
	case rules.OpNot:
		e, err := compileElem(n.Kids[0])
		if err != nil {
			return err
		}
		p.add(inst{op: opNot, n: n.Kids[0], e: e})
	case rules.OpNotAfter:
		e, err := compileElem(n.Kids[0])
		if err != nil {
			return err
		}
		p.add(inst{op: opNotAfter, n: n.Kids[0], e: e})
	case rules.OpNotNext:
		e, err := compileElem(n.Kids[0])
		if err != nil {
			return err
		}
		p.add(inst{op: opNotNext, n: n.Kids[0], e: e})
	case rules.OpSeq:
		return p.captured(n.Capture, func() error {
			for i := 0; i < len(n.Kids); i++ {
				// "!{organ} !{org:UN} {org}": the next token is none of them, and
				// `!<"前" !<"前任"`: it follows none of them. A state holds one
				// exclusion of each sort, so a run of them is one test of any.
				if op := n.Kids[i].Op; (op == rules.OpNot || op == rules.OpNotAfter) && i+1 < len(n.Kids) && n.Kids[i+1].Op == op {
					excluded := &elemTest{n: n.Kids[i].Kids[0], kind: elemAnyOf, tok: anyTokKind}
					for ; i < len(n.Kids) && n.Kids[i].Op == op; i++ {
						e, err := compileElem(n.Kids[i].Kids[0])
						if err != nil {
							return err
						}
						excluded.anyOf = append(excluded.anyOf, e)
					}
					i--
					in := opNot
					if op == rules.OpNotAfter {
						in = opNotAfter
					}
					p.add(inst{op: in, n: n.Kids[i].Kids[0], e: excluded})
					continue
				}
				if err := p.emit(n.Kids[i]); err != nil {
					return err
				}
			}
			return nil
		})
	case rules.OpAlt:
		// split L1, next; L1: kid; jmp end; next: split L2, next2 ... last kid
		var jumps []int32
		for i, k := range n.Kids {
			var split int32 = -1
			if i < len(n.Kids)-1 {
				split = p.add(inst{op: opSplit})
				p.insts[split].x = split + 1
			}
			if err := p.captured(n.Capture, func() error { return p.emit(k) }); err != nil {
				return err
			}
			if split >= 0 {
				jumps = append(jumps, p.add(inst{op: opJmp}))
				p.insts[split].y = int32(len(p.insts))
			}
		}
		for _, j := range jumps {
			p.insts[j].x = int32(len(p.insts))
		}
	case rules.OpRepeat:
		return p.repeat(n)
	default:
		return fmt.Errorf("pattern node op %d", n.Op)
	}
	return nil
}

// repeat emits x?, x* and x+: each turn of x starts at opRepIn and is
// dropped by opRepChk when it consumed nothing; more turns are tried
// before fewer.
func (p *program) repeat(n *rules.Node) error {
	s := p.slot()
	turn := func() error {
		p.add(inst{op: opRepIn, slot: s})
		if err := p.emit(n.Kids[0]); err != nil {
			return err
		}
		p.add(inst{op: opRepChk, slot: s})
		return nil
	}
	switch {
	case n.Min == 0 && n.Max == 1: // split L1, end; L1: turn; end:
		split := p.add(inst{op: opSplit})
		p.insts[split].x = split + 1
		if err := turn(); err != nil {
			return err
		}
		p.insts[split].y = int32(len(p.insts))
	case n.Min == 0 && n.Max < 0: // L0: split L1, end; L1: turn; jmp L0; end:
		split := p.add(inst{op: opSplit})
		p.insts[split].x = split + 1
		if err := turn(); err != nil {
			return err
		}
		p.add(inst{op: opJmp, x: split})
		p.insts[split].y = int32(len(p.insts))
	case n.Min == 1 && n.Max < 0: // L0: turn; split L0, end; end:
		start := int32(len(p.insts))
		if err := turn(); err != nil {
			return err
		}
		split := p.add(inst{op: opSplit, x: start})
		p.insts[split].y = split + 1
	default:
		return fmt.Errorf("repetition {%d,%d}", n.Min, n.Max)
	}
	return nil
}

// frame is an entry of the backtracking stack: a choice to resume
// (frameSplit: at pc; frameElem: the element at pc, past candidate j) or
// a slot's value to restore (frameSlot).
type frame struct {
	kind  uint8
	pc    int32
	j     int32
	words int32
	caps  int32
	path  int32
	st    state
}

const (
	frameSplit uint8 = iota
	frameElem
	frameSlot // pc: the slot, j: its old value
)

// exec runs prog from anchor a; it sets r.found and says whether it matched.
func (r *runner) exec(c *compiled, a int) bool {
	prog := c.prog
	slots := r.slots[:0]
	for range prog.slots {
		slots = append(slots, -1)
	}
	stack := r.stack[:0]
	st := state{last: int32(a - 1), gap: gapNone, first: true}
	pc := int32(0)
	// scan: the element at pc tries tokens from j with words counted so
	// far; resume: the candidate j failed further on.
	var j, words int
	for {
		r.steps++
		r.d.work++
		if r.steps > maxInsts {
			r.slots, r.stack = slots, stack
			return false
		}
		in := &prog.insts[pc]
		ok := true
		switch in.op {
		case opElem:
			j, words = r.nextIndex(st), 0
			ok = r.scan(in.e, &st, &j, &words)
			if ok {
				stack = append(stack, frame{kind: frameElem, pc: pc, j: int32(j), words: int32(words), caps: int32(len(r.caps)), path: int32(len(r.path)), st: st})
				r.take(in.e, &st, j)
				pc++
			}
		case opGap:
			g := in.gap
			if st.gap == gapAny || (st.gap > g && g != gapAny) {
				g = st.gap
			}
			st.gap = g
			if in.e != nil {
				st.not = in.e
			}
			pc++
		case opNot:
			st.except = in.e
			pc++
		case opNotAfter:
			st.after = in.e
			pc++
		case opNotNext:
			ok = !r.followedBy(in.e, st)
			pc++
		case opSplit:
			stack = append(stack, frame{kind: frameSplit, pc: in.y, caps: int32(len(r.caps)), path: int32(len(r.path)), st: st})
			pc = in.x
		case opJmp:
			pc = in.x
		case opCapStart, opRepIn:
			stack = append(stack, frame{kind: frameSlot, pc: in.slot, j: slots[in.slot]})
			slots[in.slot] = st.last
			if in.op == opRepIn {
				st.nearest = true
			}
			pc++
		case opCapEnd:
			for t := int(slots[in.slot]) + 1; t <= int(st.last); t++ {
				if r.toks[t].kind != tkBreak {
					r.caps = append(r.caps, capture{in.name, t})
				}
			}
			pc++
		case opRepChk:
			ok = st.last != slots[in.slot] // no progress: stop repeating
			pc++
		case opMatch:
			if int(st.last) >= a { // a match consumes at least one token
				// Full slices of the arenas: a later append never writes into them.
				ci, pi := len(r.capArena), len(r.phraseArena)
				r.capArena, r.phraseArena = append(r.capArena, r.caps...), append(r.phraseArena, r.path...)
				r.found = match{c: c, from: a, to: int(st.last), caps: r.capArena[ci:len(r.capArena):len(r.capArena)], phrases: r.phraseArena[pi:len(r.phraseArena):len(r.phraseArena)]}
				r.slots, r.stack = slots, stack
				return true
			}
			ok = false
		}
		// Backtrack: undo slots, resume the latest choice.
		for !ok {
			if len(stack) == 0 {
				r.slots, r.stack = slots, stack
				return false
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch f.kind {
			case frameSlot:
				slots[f.pc] = f.j
				continue
			case frameSplit:
				r.caps, r.path = r.caps[:f.caps], r.path[:f.path]
				st, pc, ok = f.st, f.pc, true
			case frameElem:
				r.caps, r.path = r.caps[:f.caps], r.path[:f.path]
				st, pc = f.st, f.pc
				e := prog.insts[pc].e
				j, words = int(f.j), int(f.words)
				if st.nearest || r.stops(&st, j) {
					r.fail(st, e.n)
					continue
				}
				j++
				if r.scan(e, &st, &j, &words) {
					stack = append(stack, frame{kind: frameElem, pc: pc, j: int32(j), words: int32(words), caps: int32(len(r.caps)), path: int32(len(r.path)), st: st})
					r.take(e, &st, j)
					pc++
					ok = true
				}
			}
		}
	}
}

// maxInsts bounds the instructions one pattern runs at one anchor, so a
// document costs O(tokens x patterns) whatever a pattern says.
const maxInsts = 2 * maxSteps

// scan finds, from token *j on, the first token element n may take after
// st (counting the gap's words in *words); false, having recorded the
// failure, when none. (stops inline: the loop reads the tokens through a
// local and tests a token in full only when its kind is the element's.)
func (r *runner) scan(e *elemTest, st *state, j, words *int) bool {
	toks := r.toks
	limit := int(max(st.gap, 0))
	counted := !st.first && st.last >= 0 && st.gap != gapAny
	single := st.first || st.gap == gapNone // one token only
	jj, w := *j, *words
	j0 := r.nextIndex(*st)
	first := jj // an adjacent element's candidates start where this one does
	for ; jj < len(toks); jj++ {
		if counted {
			// The words of the gap, added token by token: to the first
			// candidate from the last token's end, then from start to start.
			if jj == j0 {
				w = r.tail(int(st.last), limit)
			} else {
				w += r.segment(jj, limit)
			}
			if w > limit {
				*j, *words = jj, w
				r.fail(*st, e.n)
				return false
			}
		}
		kind := toks[jj].kind
		if (e.tok == kind || e.tok == anyTokKind) && r.test(e, jj) && (st.except == nil || !r.test(st.except, jj)) && (st.after == nil || !r.precededBy(st.after, jj)) {
			*j, *words = jj, w
			return true
		}
		if kind == tkBreak || (st.not != nil && r.test(st.not, jj)) {
			break
		}
		if single && !st.first && toks[jj].punct && toks[jj].start == toks[first].start {
			first = jj + 1 // pattern_punct_literal.go: another pattern's "(" stands not between
			continue
		}
		// An adjacent element may take any token that starts where the
		// next one does ("the Council" then the literal "heard a briefing"
		// where the trigger "heard a briefing from" starts too).
		if single && (st.first || jj+1 >= len(toks) || toks[jj+1].start != toks[first].start) {
			break
		}
	}
	*j, *words = jj, w
	r.fail(*st, e.n)
	return false
}

// stops says whether an element's scan ends at token j: a gap never
// crosses a clause break (nor a token it excludes); the first element and
// a plain step look at one token only. (A repetition's turn also ends at
// its nearest candidate.)
func (r *runner) stops(st *state, j int) bool {
	return st.first || st.gap == gapNone || r.toks[j].kind == tkBreak || (st.not != nil && r.test(st.not, j))
}

// take consumes token j for element n: its capture, its trigger, the
// furthest point for explain; st becomes the state after it.
func (r *runner) take(e *elemTest, st *state, j int) {
	if e.capture != "" {
		r.caps = append(r.caps, capture{e.capture, j})
	}
	if r.toks[j].kind == tkTrigger {
		r.path = append(r.path, j)
	}
	next := state{last: int32(j), gap: gapNone, n: st.n + 1}
	if int(next.n) > r.best.elements || j > r.best.furthest {
		r.best.furthest, r.best.elements, r.best.at = j, int(next.n), ""
	}
	*st = next
}

// followedBy says whether a token element e may take follows the last
// token st took with no word between: the tokens that start at its end
// or after only spaces and punctuation ("的决议" then "草案" in
// "的决议草案"), for !>element. Before any token, nothing follows.
func (r *runner) followedBy(e *elemTest, st state) bool {
	if st.last < 0 || int(st.last) >= len(r.toks) {
		return false
	}
	toks := r.toks
	for j := int(toks[st.last].next); j < len(toks); j++ {
		if j == int(toks[st.last].next) {
			if r.tail(int(st.last), 0) > 0 {
				return false
			}
		} else if r.segment(j, 0) > 0 {
			return false
		}
		if (e.tok == toks[j].kind || e.tok == anyTokKind) && r.test(e, j) {
			return true
		}
	}
	return false
}

// maxLookbehind bounds the tokens precededBy looks back over.
const maxLookbehind = 64

// precededBy says whether a token element e may take ends where token j
// starts, or before it with no word between ("qualité de" before
// "président du cps" in "en sa qualité de Président du CPS"), for
// !<element. It looks back inside j's clause only.
func (r *runner) precededBy(e *elemTest, j int) bool {
	toks := r.toks
	start := toks[j].start
	for k := j - 1; k >= 0 && k >= j-maxLookbehind; k-- {
		t := &toks[k]
		if t.kind == tkBreak && t.end <= start {
			return false
		}
		if t.end > start || (e.tok != t.kind && e.tok != anyTokKind) || !r.test(e, k) {
			continue
		}
		if r.d.wordsIn(t.end, start, 0) == 0 {
			return true
		}
	}
	return false
}
