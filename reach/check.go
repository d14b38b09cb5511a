package reach

import (
	"errors"
	"fmt"
	"strings"

	"github.com/vpclint/vpclint/model"
)

// Check answers q over net. It returns an error when the query itself is
// wrong: an end that names nothing in the model, two outside networks,
// ends of different address families, an unsupported protocol or port.
//
// An end that may sit in several subnets is checked in each; the verdict
// is the first Blocked one, else the first Unknown one, else the first
// Reachable one, with Placement naming the subnets when the answer
// depends on them.
func Check(net *model.Network, q Query) (*Verdict, error) {
	if err := q.validate(); err != nil {
		return nil, err
	}
	if q.Ephemeral == (model.PortRange{}) {
		q.Ephemeral = defaultEphemeral
	}
	froms, err := resolve(net, q.From)
	if err != nil {
		return nil, fmt.Errorf("--from: %w", err)
	}
	tos, err := resolve(net, q.To)
	if err != nil {
		return nil, fmt.Errorf("--to: %w", err)
	}
	if froms[0].outside() && tos[0].outside() {
		return nil, errors.New("both ends are outside the configuration: name at least one resource or an address in one of its subnets")
	}
	var best *Verdict
	outcomes := map[Outcome]bool{}
	for _, src := range froms {
		for _, dst := range tos {
			if src.addr.IsValid() && dst.addr.IsValid() && src.addr.Addr().Is4() != dst.addr.Addr().Is4() {
				return nil, fmt.Errorf("%s and %s are of different address families", src.label, dst.label)
			}
			v := walk(net, q, src, dst)
			outcomes[v.Outcome] = true
			if best == nil || v.Outcome.rank() > best.Outcome.rank() {
				best = v
			}
		}
	}
	if len(outcomes) == 1 {
		best.Placement = "" // the same answer wherever the ends are
	}
	return best, nil
}

// rank orders outcomes for choosing among placements.
func (o Outcome) rank() int {
	switch o {
	case Blocked:
		return 2
	case Unknown:
		return 1
	}
	return 0
}

// validate checks the protocol and port.
func (q Query) validate() error {
	switch q.Protocol {
	case model.ProtocolTCP, model.ProtocolUDP:
		if q.Port < 0 || q.Port > 65535 {
			return fmt.Errorf("port %d is not in 0-65535", q.Port)
		}
	case model.ProtocolICMP:
	default:
		return fmt.Errorf("protocol %s is not tcp, udp or icmp", q.Protocol)
	}
	if e := q.Ephemeral; e != (model.PortRange{}) && (e.From < 0 || e.To > 65535 || e.From > e.To) {
		return fmt.Errorf("ephemeral port range %s is not within 0-65535", e)
	}
	return nil
}

// walker follows one placement of a query along its path, collecting
// hops. Once a hop blocks, or a route cannot be decided, it stops.
type walker struct {
	net      *model.Network
	q        Query
	src, dst *end
	// ret is true while the reply's way back is checked.
	ret  bool
	hops []Hop
	// blocker and undecided are the indexes of the first blocking and the
	// first undecided hop, -1 when none.
	blocker, undecided int
	fix, unknown       string
	stopped            bool
	// noRefs is true on an inter-Region peering, where security group
	// references do not match.
	noRefs bool
}

// walk checks one placement.
func walk(net *model.Network, q Query, src, dst *end) *Verdict {
	w := &walker{net: net, q: q, src: src, dst: dst, blocker: -1, undecided: -1}
	switch {
	case src.unknown != "":
		w.unsure(src.at, whatEndpoint, src.unknown, src.unknown, true)
	case dst.unknown != "":
		w.unsure(dst.at, whatEndpoint, dst.unknown, dst.unknown, true)
	default:
		w.run()
	}
	v := &Verdict{Query: q, From: src.label, To: dst.label, Hops: w.hops, Blocker: -1, Placement: placement(src, dst)}
	switch {
	case w.blocker >= 0:
		v.Outcome, v.Blocker, v.Fix = Blocked, w.blocker, w.fix
	case w.undecided >= 0:
		v.Outcome, v.Blocker, v.Unknown = Unknown, w.undecided, w.unknown
	}
	return v
}

// placement names the subnets of the ends that may sit in several.
func placement(src, dst *end) string {
	var parts []string
	for _, e := range []*end{src, dst} {
		if e.multi && e.subnet != nil {
			parts = append(parts, e.label+" in "+e.subnet.Address)
		}
	}
	return strings.Join(parts, " and ")
}

// add records a hop unless the walk has stopped.
func (w *walker) add(at model.Location, what, rule string, s Status) int {
	w.hops = append(w.hops, Hop{Resource: at, What: what, Rule: rule, Return: w.ret, Status: s})
	return len(w.hops) - 1
}

// pass records a hop that lets the traffic through.
func (w *walker) pass(at model.Location, what, rule string) {
	if !w.stopped {
		w.add(at, what, rule, Pass)
	}
}

// block records the hop that drops the traffic, and stops.
func (w *walker) block(at model.Location, what, rule, fix string) {
	if w.stopped {
		return
	}
	w.blocker, w.fix = w.add(at, what, rule, Block), fix
	w.stopped = true
}

// unsure records a hop an unknown value keeps from being decided; stop
// ends the walk (the path beyond it is not known).
func (w *walker) unsure(at model.Location, what, rule, unknown string, stop bool) {
	if w.stopped {
		return
	}
	i := w.add(at, what, rule, Undecided)
	if w.undecided < 0 {
		w.undecided, w.unknown = i, unknown
	}
	w.stopped = stop
}
