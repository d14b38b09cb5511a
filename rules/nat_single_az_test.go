package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestNATSingleAZ(t *testing.T) {
	linttest.Run(t, rules.NATSingleAZ, "../testdata/rules/nat-single-az")
}
