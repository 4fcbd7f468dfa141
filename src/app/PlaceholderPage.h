#pragma once

#include "Page.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PlaceholderPage;
}

namespace mamori {

// A section that later work fills in: its title and what it will be for.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(Page page, QWidget *parent = nullptr);
    ~PlaceholderPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::PlaceholderPage> m_ui;
    Page m_page;
};

} // namespace mamori
