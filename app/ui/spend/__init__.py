"""The money ledger in the window: the Spending view (a chart of money per day and per model,
with CSV export), the balance beside the engine switch, the spending caps in Settings and the
question asked when a job would pass a cap. The rules live in ``app.core.spending``."""
