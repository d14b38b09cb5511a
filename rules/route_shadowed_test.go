package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestRouteShadowed(t *testing.T) {
	linttest.Run(t, rules.RouteShadowed, "../testdata/rules/route-shadowed")
}
