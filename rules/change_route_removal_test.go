package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestChangeRouteRemoval(t *testing.T) {
	linttest.Run(t, rules.ChangeRouteRemoval, "../testdata/rules/change-route-removal")
}
