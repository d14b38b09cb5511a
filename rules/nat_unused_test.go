package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestNATUnused(t *testing.T) {
	linttest.Run(t, rules.NATUnused, "../testdata/rules/nat-unused")
}
