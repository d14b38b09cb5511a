package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestPeeringDNSResolution(t *testing.T) {
	linttest.Run(t, rules.PeeringDNSResolution, "../testdata/rules/peering-dns-resolution")
}
