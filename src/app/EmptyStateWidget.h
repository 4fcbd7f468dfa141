#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace mamori {

// What a page or tab shows while it has no data: one sentence saying what it is for and the
// buttons that start it ("Import your device list", "Add a device").
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setText(const QString &sentence);
    QString text() const;
    // A button under the sentence; the first one added is the default.
    QPushButton *addButton(const QString &objectName);

private:
    QLabel *m_label;
    QHBoxLayout *m_buttons;
};

} // namespace mamori
