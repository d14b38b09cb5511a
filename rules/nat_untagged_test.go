package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestNATUntagged(t *testing.T) {
	linttest.Run(t, rules.NATUntagged, "../testdata/rules/nat-untagged")
}
