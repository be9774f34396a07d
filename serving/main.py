"""`uvicorn serving.main:app`: the serving process."""

from serving.service.app import create_app

app = create_app()
