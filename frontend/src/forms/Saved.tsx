/** Confirms the last submission, politely announced. */
export function Saved({ message }: { message: string | null }) {
  return (
    <p role="status" className="saved">
      {message}
    </p>
  );
}
