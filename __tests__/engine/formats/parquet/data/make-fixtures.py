# Regenerates the two committed parquet fixtures (see README.md). Needs pandas and pyarrow.
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

# 1. Exactly what the reference's tests/services/test_database.py writes: plain pandas dtypes.
rows = [
    {"signal": "eas_self_sim", "layer": None, "row": 0, "col": 0, "value": 1.0},
    {"signal": "eas_self_sim", "layer": None, "row": 0, "col": 1, "value": 0.5},
    {"signal": "eas_self_sim", "layer": None, "row": 1, "col": 0, "value": 0.5},
    {"signal": "eas_self_sim", "layer": None, "row": 1, "col": 1, "value": 1.0},
    {"signal": "lep_profile", "layer": None, "row": 0, "col": None, "value": 0.8},
    {"signal": "lep_profile", "layer": None, "row": 1, "col": None, "value": 0.6},
    {"signal": "wvc_layer_sigs", "layer": 0, "row": 0, "col": None, "value": 0.9},
    {"signal": "wvc_layer_sigs", "layer": 0, "row": 1, "col": None, "value": 0.7},
    {"signal": "wvc_layer_sigs", "layer": 1, "row": 0, "col": None, "value": 0.3},
]
pd.DataFrame(rows).to_parquet("pandas-reference-test.parquet")

# 2. The README's types (int32 nullable, float32) through a pyarrow schema, rows out of order,
#    a non-range index (written as __index_level_0__) and two row groups.
df = pd.DataFrame(
    {
        "signal": ["nlf_vector", "wvc_layer_sigs", "nlf_vector", "wvc_layer_sigs", "wvc_layer_sigs", "end_histogram"],
        "layer": pd.array([None, 3, None, 1, 1, None], dtype="Int32"),
        "row": pd.array([1, 0, 0, 1, 0, 0], dtype="int32"),
        "col": pd.array([None] * 6, dtype="Int32"),
        "value": pd.array([0.25, -1.5, 3.0e-39, 2.0, 0.1, -0.0], dtype="float32"),
    },
    index=[10, 11, 12, 13, 14, 15],
)
schema = pa.schema(
    [
        ("signal", pa.string()),
        ("layer", pa.int32()),
        ("row", pa.int32()),
        ("col", pa.int32()),
        ("value", pa.float32()),
        ("__index_level_0__", pa.int64()),
    ]
)
table = pa.Table.from_pandas(df, schema=schema, preserve_index=True)
pq.write_table(table, "pyarrow-typed.parquet", row_group_size=4)
for name in ["pandas-reference-test.parquet", "pyarrow-typed.parquet"]:
    print(name, pq.read_schema(name).to_string(show_schema_metadata=False).replace("\n", "; "), pq.ParquetFile(name).metadata.num_row_groups)

# 3. A categorical signal column (stored as a dictionary in the Arrow schema): readers that keep
#    the schema hint decode it as a dictionary of strings.
cat = pd.DataFrame(
    {
        "signal": pd.Categorical(["wsp_signature", "lep_profile", "wsp_signature", None]),
        "layer": pd.array([None] * 4, dtype="Int32"),
        "row": pd.array([1, 0, 0, 0], dtype="int32"),
        "col": pd.array([None] * 4, dtype="Int32"),
        "value": pd.array([2.5, 7.0, -1.0, 9.0], dtype="float32"),
    }
)
cat.to_parquet("pandas-categorical.parquet", index=False)
print("pandas-categorical.parquet", pq.read_schema("pandas-categorical.parquet").to_string(show_schema_metadata=False).replace("\n", "; "))
