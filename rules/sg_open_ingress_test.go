package rules_test

import (
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/rules"
)

func TestSGOpenIngress(t *testing.T) {
	linttest.Run(t, rules.SGOpenIngress, "../testdata/rules/sg-open-ingress")
}
