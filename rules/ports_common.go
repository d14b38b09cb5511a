package rules

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Helpers shared by the rules about sensitive ports (sg-open-ingress,
// nacl-open-admin-port).

// portNames are the services usually behind the ports these rules check.
var portNames = map[int]string{
	22:    "SSH",
	1433:  "SQL Server",
	1521:  "Oracle",
	3306:  "MySQL",
	3389:  "RDP",
	5432:  "PostgreSQL",
	6379:  "Redis",
	9200:  "Elasticsearch",
	11211: "Memcached",
	27017: "MongoDB",
}

// portText renders a tcp port with its service: "22 (SSH)", or "8080".
func portText(p int) string {
	if name, ok := portNames[p]; ok {
		return fmt.Sprintf("%d (%s)", p, name)
	}
	return strconv.Itoa(p)
}

// portsText renders tcp ports as "tcp 22 (SSH) and 3389 (RDP)".
func portsText(ports []int) string {
	parts := make([]string, len(ports))
	for i, p := range ports {
		parts[i] = portText(p)
	}
	return "tcp " + joinUpTo(parts, 6)
}

// parsePortList accepts a non-empty list of distinct port numbers 0-65535
// (the config gives numbers as strings) and returns them as []int.
func parsePortList(v any) (any, error) {
	list, ok := v.([]string)
	if !ok {
		return nil, errors.New("want a list of port numbers, e.g. [22, 3389]")
	}
	if len(list) == 0 {
		return nil, errors.New("want at least one port (disable the rule instead)")
	}
	seen := map[int]bool{}
	out := make([]int, 0, len(list))
	for _, s := range list {
		p, err := strconv.Atoi(strings.TrimSpace(s))
		switch {
		case err != nil || p < 0 || p > 65535:
			return nil, fmt.Errorf("%q is not a port number 0-65535", s)
		case seen[p]:
			return nil, fmt.Errorf("port %d is listed twice", p)
		}
		seen[p] = true
		out = append(out, p)
	}
	return out, nil
}
