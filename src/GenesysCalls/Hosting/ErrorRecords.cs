using System;
using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets.Hosting
{
    internal static class ErrorRecords
    {
        public static ErrorRecord From(CommandError error)
        {
            var category = (ErrorCategory)Enum.Parse(typeof(ErrorCategory), error.Category.ToString());
            var record = new ErrorRecord(error.Exception, error.ErrorId, category, error.TargetObject);
            if (error.Details != null || error.RecommendedAction != null)
            {
                record.ErrorDetails = new ErrorDetails(error.Details ?? error.Message)
                {
                    RecommendedAction = error.RecommendedAction ?? string.Empty,
                };
            }

            return record;
        }
    }
}
