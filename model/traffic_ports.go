package model

// maxPort is the top of every protocol's 16-bit port space.
const maxPort = 65535

// segment is one interval of a port space with the (non-empty) set of
// addresses that go with every port in it.
type segment struct {
	lo, hi int
	addrs  addrSet
}

// portMap maps port intervals to address sets. Its segments are sorted,
// disjoint and non-empty, and two adjacent segments never carry equal sets,
// so two portMaps describe the same set exactly when they are equal
// segment by segment. A portMap is never modified once built.
type portMap []segment

// setOp combines two address sets, either of which may be nil (empty). It
// must return nil or an empty set when both are nil. With one side empty it
// must be uniform: op(x, nil) is x for every set x or empty for every x,
// and so is op(nil, x) (true of union, intersection and difference).
type setOp func(a, b addrSet) addrSet

// combine applies op pointwise over the port space of a and b. When one
// map is empty, op is uniform (see setOp): the result is the other map,
// shared (port maps are never modified), or empty, which one call of op
// tells without a sweep. Most of a first-match evaluation's operations
// meet such a pair: a rule names one protocol, and every other protocol's
// map is empty on its side.
func combine(a, b portMap, op setOp) portMap {
	switch {
	case len(a) == 0 && len(b) == 0:
		return nil
	case len(b) == 0:
		if isEmptySet(op(a[0].addrs, nil)) {
			return nil
		}
		return a
	case len(a) == 0:
		if isEmptySet(op(nil, b[0].addrs)) {
			return nil
		}
		return b
	}
	var out portMap
	sweep(a, b, func(lo, hi int, sa, sb addrSet) bool {
		s := op(sa, sb)
		if out == nil && !isEmptySet(s) {
			out = make(portMap, 0, max(len(a), len(b))+2) // room for one map cut by the other's segment
		}
		out = out.appendSeg(lo, hi, s)
		return true
	})
	return out
}

// sweep cuts the port space into the intervals on which both a and b are
// constant and calls f with each interval where at least one of them has
// addresses, in port order, until f returns false. It reports whether f
// never returned false.
func sweep(a, b portMap, f func(lo, hi int, sa, sb addrSet) bool) bool {
	i, j := 0, 0
	for pos := 0; pos <= maxPort; {
		sa, endA := pieceAt(a, &i, pos)
		sb, endB := pieceAt(b, &j, pos)
		end := min(endA, endB)
		if (len(sa) > 0 || len(sb) > 0) && !f(pos, end, sa, sb) {
			return false
		}
		pos = end + 1
	}
	return true
}

// pieceAt returns the set of m at port pos (nil when none) and the last
// port up to which that answer holds. *i is a cursor into m that only moves
// forward, so a sweep over the port space costs O(len(m)).
func pieceAt(m portMap, i *int, pos int) (addrSet, int) {
	for *i < len(m) && m[*i].hi < pos {
		*i++
	}
	if *i == len(m) {
		return nil, maxPort
	}
	if s := m[*i]; s.lo <= pos {
		return s.addrs, s.hi
	}
	return nil, m[*i].lo - 1
}

// appendSeg appends [lo, hi] → addrs to m, dropping an empty set and merging
// with the last segment when it is adjacent and carries the same set. It may
// modify m's last segment: only the builder of m may call it.
func (m portMap) appendSeg(lo, hi int, addrs addrSet) portMap {
	if isEmptySet(addrs) {
		return m
	}
	if n := len(m); n > 0 && m[n-1].hi+1 == lo && m[n-1].addrs.Equal(addrs) {
		m[n-1].hi = hi
		return m
	}
	return append(m, segment{lo: lo, hi: hi, addrs: addrs})
}

// equal reports whether m and o describe the same set.
func (m portMap) equal(o portMap) bool {
	if len(m) != len(o) {
		return false
	}
	if len(m) > 0 && &m[0] == &o[0] {
		return true // the same map, shared (see combine)
	}
	for i := range m {
		if m[i].lo != o[i].lo || m[i].hi != o[i].hi || !m[i].addrs.Equal(o[i].addrs) {
			return false
		}
	}
	return true
}

// at returns the address set at port, or nil.
func (m portMap) at(port int) addrSet {
	for _, s := range m {
		if port < s.lo {
			return nil
		}
		if port <= s.hi {
			return s.addrs
		}
	}
	return nil
}

// ranges returns the port intervals of m, adjacent ones merged.
func (m portMap) ranges() []PortRange {
	var out []PortRange
	for _, s := range m {
		if n := len(out); n > 0 && out[n-1].To+1 == s.lo {
			out[n-1].To = s.hi
			continue
		}
		out = append(out, PortRange{From: s.lo, To: s.hi})
	}
	return out
}

// addrs returns the union of the address sets of m.
func (m portMap) addrs() addrSet {
	var out addrSet
	for _, s := range m {
		out = unionSet(out, s.addrs)
	}
	return out
}
