package coerce_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
)

type jsonPoint struct {
	X, Y int
}

type jsonDoc struct {
	ID   int64          `ferro:"id,pk"`
	Meta map[string]any `ferro:"meta,type=json"`
	Tags []string       `ferro:"tags,type=json"`
	At   *jsonPoint     `ferro:"at,type=json"`
}

// TestJSON_RoundTripThroughFerro writes Go maps, slices and structs into
// json columns through the ferro drivers and reads them back with ScanAll:
// the same on both backends.
func TestJSON_RoundTripThroughFerro(t *testing.T) {
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		typ := "JSON_TEXT"
		if e.Name == "postgres" {
			typ = "jsonb"
		}
		_, err := db.Exec(`CREATE TABLE docs (id bigint PRIMARY KEY, meta ` + typ + ` NOT NULL, tags ` + typ + ` NOT NULL, at ` + typ + `)`)
		require.NoError(t, err)
		in := jsonDoc{ID: 1, Meta: map[string]any{"k": "v", "n": 1.5}, Tags: []string{"a", "b"}, At: &jsonPoint{1, 2}}
		_, err = db.Exec(`INSERT INTO docs VALUES ($1, $2, $3, $4)`, in.ID, in.Meta, in.Tags, in.At)
		require.NoError(t, err)
		_, err = db.Exec(`INSERT INTO docs VALUES ($1, $2, $3, $4)`, int64(2), map[string]any{}, []string{}, (*jsonPoint)(nil))
		require.NoError(t, err)
		rows, err := db.QueryContext(context.Background(), `SELECT id, meta, tags, at FROM docs ORDER BY id`)
		require.NoError(t, err)
		got, err := coerce.ScanAll[jsonDoc](rows)
		require.NoError(t, err)
		require.Len(t, got, 2)
		assert.Equal(t, in, got[0])
		assert.Equal(t, jsonDoc{ID: 2, Meta: map[string]any{}, Tags: []string{}}, got[1])
	})
}
