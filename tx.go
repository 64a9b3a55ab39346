package ferro

import (
	"database/sql/driver"
	"errors"
)

// errTxDone is returned by a second Commit or Rollback.
var errTxDone = errors.New("ferro: transaction already finished")

// tx wraps a transaction begun through ferro. DDL run inside it bumps the
// schema epoch when the transaction ends: at commit, and at rollback too,
// since a cache may have been filled with the uncommitted shape.
type tx struct {
	c     *conn
	inner driver.Tx
	opts  driver.TxOptions
	ddl   bool
	done  bool
	// stmts counts the statements begun in the transaction: a stale plan
	// on the first one is retried in a new transaction (see conn.restartTx).
	stmts int
}

var _ driver.Tx = (*tx)(nil)

// Commit implements driver.Tx.
func (t *tx) Commit() error {
	if t.done {
		return errTxDone
	}
	err := t.inner.Commit()
	t.finish("ddl committed")
	return err
}

// Rollback implements driver.Tx.
func (t *tx) Rollback() error {
	if t.done {
		return errTxDone
	}
	err := t.inner.Rollback()
	t.finish("ddl rolled back")
	return err
}

func (t *tx) finish(reason string) {
	t.done = true
	if t.c.tx == t {
		t.c.tx = nil
	}
	t.c.published = false
	if t.ddl {
		t.c.c.bump(reason)
	}
}
