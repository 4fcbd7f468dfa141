#include "services/reports/ReportBuilder.h"

#include "action/DiagnosisResult.h"
#include "action/FiveRules.h"
#include "action/Readiness.h"
#include "action/SelfDiagnosis.h"
#include "services/ActionSnapshotLoader.h"

namespace mamori::report {

namespace {

QString text(const BuildContext &context, const char *source)
{
    return context.words.text("EvidencePack", source);
}

Table twoColumns(const QList<std::pair<QString, QString>> &rows)
{
    Table table;
    table.columns = {TableColumn(QString(), 0.3), TableColumn(QString(), 0.7)};
    table.boldFirstColumn = true;
    table.showHeader = false;
    table.points = 9.5;
    for (const auto &[label, value] : rows)
        table.rows.append({label, value});
    return table;
}

} // namespace

Result<Document> EvidencePack::build(const BuildContext &context)
{
    const ReportLanguage &words = context.words;
    const auto snapshot = loadActionSnapshot(context.database, context.request.asOf);
    if (!snapshot)
        return snapshot.error();
    const auto rulesContent = FiveRulesContent::load(words.language());
    if (!rulesContent)
        return rulesContent.error();
    const auto diagnosisContent = SelfDiagnosisContent::load(words.language());
    if (!diagnosisContent)
        return diagnosisContent.error();

    Document document;
    document.type = ReportRequest::code(ReportType::Evidence);
    document.language = words.language();
    document.company = context.company.name;
    document.title = text(context, QT_TR_NOOP("SECURITY ACTION evidence pack"));
    document.add(
        Title(document.title,
              text(context, QT_TR_NOOP("As of %1")).arg(words.date(context.request.asOf))));

    Paragraph statement(text(
        context,
        QT_TR_NOOP("This pack sets out the SECURITY ACTION self-declaration made by the company "
                   "named above and the records behind it. SECURITY ACTION is a "
                   "self-declaration: the company states its own commitment. It is not a "
                   "certification, and no third party has examined these records.")));
    statement.boxed = true;
    statement.points = 9.5;
    document.add(statement);

    // Company profile
    document.add(Heading(text(context, QT_TR_NOOP("1. Company profile"))));
    const CompanyProfile &company = context.company;
    document.add(twoColumns({
        {text(context, QT_TR_NOOP("Company name")), company.name},
        {text(context, QT_TR_NOOP("Representative")), company.representative},
        {text(context, QT_TR_NOOP("Address")), company.address},
        {text(context, QT_TR_NOOP("Employees")), words.number(company.employeeCount)},
        {text(context, QT_TR_NOOP("Industry")), company.industry},
    }));

    // Declaration
    document.add(Heading(text(context, QT_TR_NOOP("2. Declaration"))));
    if (const auto &declaration = snapshot->currentDeclaration) {
        document.add(twoColumns({
            {text(context, QT_TR_NOOP("Level")), context.labels.level(declaration->level)},
            {text(context, QT_TR_NOOP("Self-declaration ID")), declaration->declarationId},
            {text(context, QT_TR_NOOP("Declared on")), words.date(declaration->declaredOn)},
            {text(context, QT_TR_NOOP("gBizID account")), declaration->gbizAccount},
            {text(context, QT_TR_NOOP("Logo shown at")), declaration->logoShownAt},
        }));
    } else {
        document.add(
            Paragraph(text(context, QT_TR_NOOP("No self-declaration in force is recorded."))));
    }

    // The five rules
    document.add(Heading(text(context, QT_TR_NOOP("3. The five basic rules"))));
    Table rules;
    rules.columns = {TableColumn(text(context, QT_TR_NOOP("No.")), 0.06, Qt::AlignRight),
                     TableColumn(text(context, QT_TR_NOOP("Rule")), 0.34),
                     TableColumn(text(context, QT_TR_NOOP("Status")), 0.12),
                     TableColumn(text(context, QT_TR_NOOP("Owner")), 0.14),
                     TableColumn(text(context, QT_TR_NOOP("How it is done")), 0.2),
                     TableColumn(text(context, QT_TR_NOOP("Last confirmed")), 0.14)};
    for (const FiveRuleStatus &status : snapshot->rules) {
        const FiveRulesContent::Rule *rule = rulesContent->rule(status.rule);
        rules.rows.append({QString::number(status.rule), rule ? rule->title : QString(),
                           context.labels.ruleState(status.state), status.owner, status.howDone,
                           words.date(status.confirmedOn)});
    }
    document.add(rules);

    // The self-diagnosis
    document.add(Heading(text(context, QT_TR_NOOP("4. Self-diagnosis (25 items)"))));
    if (const auto &session = snapshot->latestDiagnosis) {
        const DiagnosisSummary summary = DiagnosisSummary::of(*diagnosisContent, session->answers);
        document.add(KeyFigures{{
            KeyFigure(text(context, QT_TR_NOOP("Score (of 100)")), QString::number(summary.total)),
            KeyFigure(text(context, QT_TR_NOOP("Band")), summary.bandTitle),
            KeyFigure(text(context, QT_TR_NOOP("Answered on")), words.date(session->answeredOn)),
            KeyFigure(text(context, QT_TR_NOOP("Items answered \"don't know\"")),
                      QString::number(summary.unknownItems.size())),
        }});
        if (!summary.bandMeaning.isEmpty())
            document.add(Paragraph(summary.bandMeaning));
        Table answers;
        answers.columns = {TableColumn(text(context, QT_TR_NOOP("No.")), 0.06, Qt::AlignRight),
                           TableColumn(text(context, QT_TR_NOOP("Question")), 0.74),
                           TableColumn(text(context, QT_TR_NOOP("Answer")), 0.2)};
        for (const SelfDiagnosisContent::Item &item : diagnosisContent->items()) {
            const int answer = session->answers.value(item.number, diagnosis::dontKnow);
            answers.rows.append({QString::number(item.number), item.question,
                                 session->answers.contains(item.number)
                                     ? diagnosisContent->answerLabel(answer)
                                     : QString()});
        }
        document.add(answers);
        Table parts;
        parts.columns = {TableColumn(text(context, QT_TR_NOOP("Part")), 0.7),
                         TableColumn(text(context, QT_TR_NOOP("Points")), 0.3, Qt::AlignRight)};
        for (const DiagnosisSummary::PartLine &part : summary.parts)
            parts.rows.append({QStringLiteral("%1. %2").arg(part.number).arg(part.title),
                               QStringLiteral("%1 / %2").arg(part.points).arg(part.maximum)});
        parts.rows.append(
            {text(context, QT_TR_NOOP("Total")), QStringLiteral("%1 / 100").arg(summary.total)});
        document.add(parts);
    } else {
        document.add(
            Paragraph(text(context, QT_TR_NOOP("No completed self-diagnosis is recorded."))));
    }

    // The basic policy
    document.add(Heading(text(context, QT_TR_NOOP("5. Basic security policy"))));
    if (const auto &policy = snapshot->latestPolicy) {
        document.add(twoColumns({
            {text(context, QT_TR_NOOP("Title")), policy->document.title},
            {text(context, QT_TR_NOOP("Version")), QString::number(policy->version)},
            {text(context, QT_TR_NOOP("Adopted on")), words.date(policy->adoptedOn)},
            {text(context, QT_TR_NOOP("Published on")),
             policy->published() ? words.date(policy->publishedOn)
                                 : text(context, QT_TR_NOOP("Not published yet"))},
            {text(context, QT_TR_NOOP("Where it is published")), policy->publishedUrl},
        }));
    } else {
        document.add(Paragraph(text(context, QT_TR_NOOP("No basic policy is recorded."))));
    }

    // Signature and seal
    SignatureBlock signature;
    signature.caption = text(context, QT_TR_NOOP("Representative's signature and seal"));
    signature.fields = {
        SignatureBlock::Field(text(context, QT_TR_NOOP("Date")), 0.3),
        SignatureBlock::Field(text(context, QT_TR_NOOP("Title and name of the representative")),
                              0.7),
        SignatureBlock::Field(text(context, QT_TR_NOOP("Seal")), 0, true),
    };
    document.add(signature);
    Paragraph confirm(text(context, QT_TR_NOOP("I confirm that the records above are ours and "
                                               "are correct as of the date written above.")));
    confirm.points = 8.5;
    confirm.spaceBeforeMm = 2;
    document.add(confirm);
    return document;
}

} // namespace mamori::report
