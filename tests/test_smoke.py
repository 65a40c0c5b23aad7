import json


def test_list_seeds_json(invoke):
    result = invoke("list", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [a["id"] for a in data] == ["000", "001", "002", "003", "004"]
