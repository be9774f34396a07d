"""Export of a trained candidate to an onnxruntime-genai build for CPU serving."""
