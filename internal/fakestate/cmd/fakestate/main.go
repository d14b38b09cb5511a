// Command fakestate writes the state that applying a plan would leave, with
// made-up ids (see package fakestate), for plan fixtures made offline:
//
//	terraform show -json plan.out > plan.json
//	terraform providers schema -json > schema.json
//	go run ./internal/fakestate/cmd/fakestate plan.json schema.json > terraform.tfstate
package main

import (
	"fmt"
	"os"

	"github.com/vpclint/vpclint/internal/fakestate"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: fakestate PLAN.json SCHEMA.json > terraform.tfstate")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "fakestate:", err)
		os.Exit(1)
	}
}

func run(planPath, schemaPath string) error {
	plan, err := os.ReadFile(planPath)
	if err != nil {
		return err
	}
	schema, err := os.ReadFile(schemaPath)
	if err != nil {
		return err
	}
	st, err := fakestate.State(plan, schema)
	if err != nil {
		return err
	}
	_, err = os.Stdout.Write(append(st, '\n'))
	return err
}
