package build

import (
	"strings"
)

// naturalLess orders addresses so that numeric indexes compare as numbers:
// aws_subnet.a[2] before aws_subnet.a[10].
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				return len(na) < len(nb)
			}
			if na != nb {
				return na < nb
			}
			if da != db {
				return da < db
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

// digitRun returns the length of the run of ASCII digits that starts s.
func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// stripIndexes removes every instance key from an address:
// module.a["x"].aws_vpc.b[0] becomes module.a.aws_vpc.b. Quoted keys may
// hold brackets.
func stripIndexes(addr string) string {
	if !strings.Contains(addr, "[") {
		return addr
	}
	var sb strings.Builder
	sb.Grow(len(addr))
	depth, quoted := 0, false
	for i := 0; i < len(addr); i++ {
		c := addr[i]
		switch {
		case quoted && c == '\\':
			i++
		case quoted:
			quoted = c != '"'
		case c == '"' && depth > 0:
			quoted = true
		case c == '[':
			depth++
		case c == ']' && depth > 0:
			depth--
		case depth == 0:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// addressType returns the resource type named by an instance address,
// without module path, mode or key: "aws_internet_gateway" for
// module.net.aws_internet_gateway.this[0] and for data.aws_internet_gateway.x.
func addressType(addr string) string {
	parts := strings.Split(stripIndexes(addr), ".")
	for len(parts) >= 2 && parts[0] == "module" {
		parts = parts[2:]
	}
	if len(parts) >= 1 && parts[0] == "data" {
		parts = parts[1:]
	}
	if len(parts) < 2 {
		return ""
	}
	return parts[0]
}
