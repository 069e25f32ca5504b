// The node side of constructs_lib/runtime/manifest_text.py: a chart's manifests as one JSON text.
//
// A chart's toJson() result crosses jsii value by value (every map, list and scalar typed,
// checked and wrapped on the way); as a string it crosses as one value. The text holds what jsii
// would have delivered: null fields of objects are left out as jsii leaves them out, nulls in
// arrays stay.
'use strict';

function withoutNullFields(key, value) {
  return value === null && !Array.isArray(this) ? undefined : value;
}

class ManifestText {
  static of(chart) {
    if (chart === null || typeof chart !== 'object' || typeof chart.toJson !== 'function') {
      throw new Error('ManifestText.of expects a cdk8s Chart');
    }
    return JSON.stringify(chart.toJson(), withoutNullFields);
  }
}

exports.ManifestText = ManifestText;
